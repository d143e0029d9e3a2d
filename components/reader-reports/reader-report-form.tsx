import { DIFFERS_MAX, DIFFERS_MIN, REGION_MAX, REPORT_DEVICE_LABELS, REPORT_DEVICES, REPORT_ERRORS, type ReportErrorCode, type ReportTarget } from "@/lib/reader-reports/report-form";
import { Button } from "@/components/ui/button";

const inputClass = "block min-h-11 w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink aria-[invalid=true]:border-[#a3261d]";
const errorClass = "text-sm font-medium text-[#a3261d] dark:text-[#ff9b8f]";
const FIELD_IDS = { differs: "report-differs", device: "report-device-web", region: "report-region" } as const;

/** The hint and, when there is one, the error a field is described by. */
function describedBy(field: string, hasError: boolean): string {
  return hasError ? `${field}-error ${field}-hint` : `${field}-hint`;
}

/**
 * "This doesn't match what I see" for one step: a plain HTML form posted to /api/reader-reports,
 * so it works without JavaScript and ships none. The browser's own checks (required, lengths) stop
 * most mistakes before sending; whatever the server refuses comes back as `errors`, listed at the
 * top with links to the fields and tied to each field. What was typed never travels in a URL, so
 * a refused report has to be typed again.
 */
export function ReaderReportForm({ target, errors }: { target: ReportTarget; errors: readonly ReportErrorCode[] }) {
  const has = (code: ReportErrorCode) => errors.includes(code);
  return (
    <form method="post" action="/api/reader-reports" className="space-y-5">
      <input type="hidden" name="guide" value={target.guide} />
      <input type="hidden" name="step" value={target.step} />
      {errors.length > 0 ? (
        <div role="alert" aria-labelledby="report-errors-heading" className="space-y-1 rounded-lg border-2 border-[#a3261d] p-3 dark:border-[#ff9b8f]" data-report-errors>
          <h2 id="report-errors-heading" className="font-semibold">
            Your report was not sent
          </h2>
          <ul className="list-disc pl-5">
            {errors.map((code) => (
              <li key={code} className={errorClass}>
                {code in FIELD_IDS ? (
                  <a href={`#${FIELD_IDS[code as keyof typeof FIELD_IDS]}`} className="underline">
                    {REPORT_ERRORS[code]}
                  </a>
                ) : (
                  REPORT_ERRORS[code]
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="space-y-1">
        <label htmlFor="report-differs" className="block font-semibold">
          What is different on your screen?
        </label>
        <p id="report-differs-hint" className="text-sm text-muted">
          For example: the setting has another name, a menu item is missing, or the switch is somewhere else. Plain text, {DIFFERS_MIN} to{" "}
          {DIFFERS_MAX.toLocaleString("en")} characters.
        </p>
        {has("differs") ? (
          <p id="report-differs-error" className={errorClass}>
            {REPORT_ERRORS.differs}
          </p>
        ) : null}
        <textarea
          id="report-differs"
          name="differs"
          required
          minLength={DIFFERS_MIN}
          maxLength={DIFFERS_MAX}
          rows={5}
          aria-describedby={describedBy("report-differs", has("differs"))}
          aria-invalid={has("differs") ? true : undefined}
          className={inputClass}
        />
      </div>

      <fieldset className="space-y-1" aria-describedby={describedBy("report-device", has("device"))}>
        <legend className="font-semibold">Which device are you using?</legend>
        <p id="report-device-hint" className="text-sm text-muted">
          Apps and websites often differ.
        </p>
        {has("device") ? (
          <p id="report-device-error" className={errorClass}>
            {REPORT_ERRORS.device}
          </p>
        ) : null}
        <div className="flex flex-col sm:flex-row sm:flex-wrap sm:gap-x-5">
          {REPORT_DEVICES.map((device, index) => (
            <label key={device} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" id={`report-device-${device}`} name="device" value={device} required={index === 0} className="size-4" />
              {REPORT_DEVICE_LABELS[device]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="space-y-1">
        <label htmlFor="report-region" className="block font-semibold">
          Where are you? <span className="font-normal text-muted">(optional)</span>
        </label>
        <p id="report-region-hint" className="text-sm text-muted">
          A country or region, such as “Germany” or “EU”: some settings differ by region. Up to {REGION_MAX} characters.
        </p>
        {has("region") ? (
          <p id="report-region-error" className={errorClass}>
            {REPORT_ERRORS.region}
          </p>
        ) : null}
        <input
          id="report-region"
          name="region"
          type="text"
          maxLength={REGION_MAX}
          autoComplete="off"
          aria-describedby={describedBy("report-region", has("region"))}
          aria-invalid={has("region") ? true : undefined}
          className={`${inputClass} max-w-sm`}
        />
      </div>

      <p className="text-sm text-muted" data-report-privacy>
        Your report is anonymous. We keep what you write, the device, where you are if you say, and the time: not your name, email,
        account or IP address, so we cannot reply to you. To stop floods we count reports per connection for an hour, then
        delete the count.
      </p>
      <Button type="submit">Send report</Button>
    </form>
  );
}
