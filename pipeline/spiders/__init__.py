"""One spider per source kind. Spiders download and build items; they never classify or write."""
