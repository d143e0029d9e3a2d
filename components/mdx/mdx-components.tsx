import type { ReactNode } from "react";
import type { MdxComponentName } from "@/lib/content/mdx-allowlist";
import { Step, Steps } from "@/components/mdx/steps";
import { Callout, DeepLink, Device, Faq, MenuPath, Question, Verify } from "@/components/mdx/guide-parts";

/** Exactly the allowlisted components: adding a name to the allowlist fails typecheck until it exists here. */
export const mdxComponents = {
  Steps,
  Step,
  MenuPath,
  DeepLink,
  Verify,
  Device,
  Faq,
  Question,
  Callout,
} satisfies Record<MdxComponentName, (props: never) => ReactNode>;
