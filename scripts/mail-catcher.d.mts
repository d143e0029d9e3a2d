/** Types for scripts/mail-catcher.mjs, so TypeScript tests can start a catcher. */
export declare const DEFAULT_PORT: number;
export declare const DEFAULT_DIR: string;
export declare const DEFAULT_MAX_MESSAGES: number;
export declare const DEFAULT_SIZE_LIMIT: number;

export type MailCatcherOptions = {
  /** 0 picks a free port. */
  port?: number;
  dir?: string;
  maxMessages?: number;
  sizeLimit?: number;
  /** Holds each reply to a stored message back this long, like a real server's latency. */
  replyDelayMs?: number;
  log?: (line: string) => void;
};

export type MailCatcher = { port: number; dir: string; close(): Promise<void> };

export declare function startMailCatcher(options?: MailCatcherOptions): Promise<MailCatcher>;
export declare function pruneMailbox(dir: string, maxMessages: number): Promise<number>;
