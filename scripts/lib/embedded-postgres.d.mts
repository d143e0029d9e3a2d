/** Types for embedded-postgres.mjs, which stays plain ESM so the start command runs without tsx. */
export const DEFAULT_DATA_DIR: string;
export const DEFAULT_PORT: number;
export const DEFAULT_DATABASE: string;

export type EmbeddedPostgresOptions = {
  /** Default `.data/postgres`, resolved from the working directory. */
  dataDir?: string;
  /** Default 5433; loopback only. */
  port?: number | string;
  /** Created when missing; default `offswitch`. */
  database?: string;
  onLog?: (message: string) => void;
  /** Stop the server when this process exits (default true). */
  stopOnExit?: boolean;
};

export type EmbeddedPostgres = {
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** True when a server left running by an earlier (killed) process was picked up. */
  reused: boolean;
  stop(): Promise<void>;
};

export function startEmbeddedPostgres(options?: EmbeddedPostgresOptions): Promise<EmbeddedPostgres>;
export function embeddedPostgresUrl(port: number, database: string): string;
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null;
