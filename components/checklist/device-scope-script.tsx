import type { Device } from "@/lib/content/content-constants";
import { DEVICE_STORAGE_KEY, guessDevice } from "@/lib/content/device-guess";

/**
 * A tiny inline script, run while the page is parsed, that sets <html data-device> from the
 * remembered choice or the browser's kind, so a phone never first paints every device's steps.
 * Allowed by the Content-Security-Policy through its hash (scripts/csp-hashes.mjs).
 */
export function DeviceScopeScript({ variants }: { variants: readonly Device[] }) {
  if (variants.length < 2) return null;
  const source =
    `(function(){var v=${JSON.stringify(variants)},c=null;` +
    `try{c=localStorage.getItem(${JSON.stringify(DEVICE_STORAGE_KEY)})}catch(e){}` +
    `if(c!=="all"&&v.indexOf(c)<0)c=(${guessDevice.toString()})(navigator.userAgent,v)||"all";` +
    `document.documentElement.dataset.device=c})()`;
  return <script dangerouslySetInnerHTML={{ __html: source }} />;
}
