import type { Metadata } from 'next';
import { ScrollingTable } from '@/components/ui/scrolling-table';
import { CreateUserForm } from '@/components/users/create-user-form';
import { UserRowActions } from '@/components/users/user-row-actions';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requirePageRole } from '@/lib/auth/session';
import { listUsers } from '@/lib/users/queries';

export const metadata: Metadata = { title: '用户 · Users' };

export default async function UsersPage() {
  await requirePageRole('ADMIN');
  const users = await listUsers();
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">用户 · Users</h1>
      <section aria-labelledby="invite-title" className="mt-6 rounded border border-stone-200 p-4 dark:border-stone-700">
        <h2 id="invite-title" className="mb-3 font-semibold">新建账号 · New account</h2>
        <CreateUserForm />
      </section>
      <ScrollingTable label="用户 · Users" className="mt-8">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-stone-500 dark:border-stone-700">
            <tr>
              <th scope="col" className="py-2">用户 · User</th>
              <th scope="col">角色 · Role</th>
              <th scope="col">状态 · Status</th>
              <th scope="col">最近登录 · Last sign-in</th>
              <th scope="col">操作 · Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-testid={`user-${user.email}`} className="border-b border-stone-100 align-top dark:border-stone-800">
                <td className="py-2">
                  {user.name}
                  <br />
                  <span className="text-stone-500">{user.email}</span>
                </td>
                <td>{ROLE_LABELS[user.role]}</td>
                <td>
                  {user.disabled ? '已停用 · Disabled' : '启用 · Active'}
                  {user.mustChangePassword && <span className="block text-stone-500">一次性密码,待更改 · One-time password, not yet changed</span>}
                </td>
                <td>{user.lastSignInAt ? user.lastSignInAt.slice(0, 16).replace('T', ' ') : '—'}</td>
                <td className="py-2">
                  <UserRowActions userId={user.id} email={user.email} role={user.role} disabled={user.disabled} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
    </div>
  );
}
