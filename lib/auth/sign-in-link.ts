/**
 * The "Sign in" link from any page: it carries the page as `callbackUrl`, so signing in returns
 * the person where they were. Pages about signing in (and the home page) need no return address.
 */
export function signInHref(pathname: string | null | undefined): string {
  if (!pathname || pathname === "/" || !pathname.startsWith("/") || pathname.startsWith("//")) return "/sign-in";
  if (pathname === "/sign-in" || pathname.startsWith("/sign-in/") || pathname.startsWith("/api/")) return "/sign-in";
  return `/sign-in?${new URLSearchParams({ callbackUrl: pathname }).toString()}`;
}
