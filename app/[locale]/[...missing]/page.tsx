import { notFound } from 'next/navigation';

// Every address the rewrites send into a language segment but no page answers: the language's
// own not-found page, inside its layout.
export default function Missing() {
  notFound();
}
