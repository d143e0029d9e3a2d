/** The multipart parser Next bundles and uses for server action bodies (busboy 1.x); proxy.ts checks bodies with the same one. */
declare module "next/dist/compiled/busboy" {
  import type { Readable, Writable } from "node:stream";

  type Busboy = Writable & {
    on(event: "file", listener: (name: string, stream: Readable) => void): Busboy;
    on(event: "field" | "close", listener: () => void): Busboy;
    on(event: "error", listener: (error: unknown) => void): Busboy;
  };

  export default function busboy(config: { headers: Record<string, string>; defParamCharset?: string; limits?: { fieldSize?: number } }): Busboy;
}
