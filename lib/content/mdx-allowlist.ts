/** The only components a guide's MDX may use; components/mdx implements exactly these. */
export const MDX_COMPONENT_NAMES = [
  "Steps",
  "Step",
  "MenuPath",
  "DeepLink",
  "Verify",
  "Device",
  "Faq",
  "Question",
  "Callout",
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

export const CALLOUT_TONES = ["info", "warning"] as const;

export function isAllowedMdxComponent(name: string): name is MdxComponentName {
  return (MDX_COMPONENT_NAMES as readonly string[]).includes(name);
}
