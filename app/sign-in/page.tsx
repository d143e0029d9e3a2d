import type { Metadata } from "next";
import { z } from "zod";
import { callbackPathSchema } from "@/lib/auth/sign-in-schema";
import { enabledOAuthProviders } from "@/server/auth/auth";
import { SignInForm } from "@/components/account/sign-in-form";
import { Button } from "@/components/ui/button";
import { signInWithProvider } from "@/app/sign-in/actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const searchParamsSchema = z.object({ callbackUrl: callbackPathSchema.optional() });

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = searchParamsSchema.parse(await searchParams);
  const providers = enabledOAuthProviders();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
        <p className="text-muted">
          Signing in keeps your checklist progress on every device. We ask for nothing but your email address. If this browser
          holds ticks your account does not have, we ask before adding them to it.
        </p>
      </div>
      <SignInForm callbackUrl={callbackUrl ?? "/account"} />
      {providers.length > 0 ? (
        <div className="space-y-2 border-t border-line pt-4">
          <p className="text-sm text-muted">Or sign in with</p>
          {providers.map((provider) => (
            <form key={provider.id} action={signInWithProvider}>
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/account"} />
              <Button type="submit" variant="secondary" className="w-full">
                {provider.name}
              </Button>
            </form>
          ))}
        </div>
      ) : null}
    </div>
  );
}
