/** Node's native zlib for the packages the CLI writes: loaded with the work, never for --help. */
import { deflateRawSync } from "zlib";
import { useDeflate } from "../adapters/xlsx/package/zip";

export function useNativeDeflate(): void {
  useDeflate((data, level) => deflateRawSync(data, { level }));
}
