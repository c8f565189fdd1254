import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600">There is nothing at this address. The link may be mistyped.</p>
      <p className="mt-6">
        <Link href="/" className="text-blue-800 hover:underline">
          Back to the library
        </Link>
      </p>
    </div>
  );
}
