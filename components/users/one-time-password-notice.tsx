/** Shown once, right after the action: the password is not stored in clear anywhere. */
export function OneTimePasswordNotice({ email, password }: { email?: string; password: string }) {
  return (
    <div role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40">
      <p>
        一次性密码(只显示这一次,请安全地转交{email ? ` ${email}` : ''}) · One-time password, shown only now:
      </p>
      <code data-testid="one-time-password" className="mt-1 block select-all font-mono text-base">
        {password}
      </code>
    </div>
  );
}
