import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold">没有权限 · Not allowed (403)</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">
        你已登录,但你的角色不能打开这个页面。 · You are signed in, but your role cannot open this page.
      </p>
      <Link href="/" className="mt-6 inline-block underline underline-offset-2">
        返回主题列表 · Back to all topics
      </Link>
    </div>
  );
}
