// Placeholder: replaced by the per-run SQLite database setup.
export default function setup() {}
