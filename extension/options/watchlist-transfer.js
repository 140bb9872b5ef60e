// Export and import of the watchlist as a JSON file. Here rather than in the popup: a file chooser
// closes the popup in Chrome. The background checks the file (background/watchlist.js).
const status = document.getElementById("watchlist-status");

async function exportFile() {
  const reply = await chrome.runtime.sendMessage({ type: "export-watchlist" });
  if (!reply || !reply.ok) {
    status.textContent = "Could not export the watchlist.";
    return;
  }
  const blob = new Blob([JSON.stringify(reply.file, null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `upheaval-radar-watchlist-${reply.file.exported_at.slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  status.textContent = `Exported ${reply.file.companies.length} compan${reply.file.companies.length === 1 ? "y" : "ies"}.`;
}

async function importFile(file) {
  const text = await file.text();
  const reply = await chrome.runtime.sendMessage({ type: "import-watchlist", text });
  status.textContent = reply && reply.ok
    ? `Imported ${reply.added} compan${reply.added === 1 ? "y" : "ies"}` + (reply.skipped ? ` (${reply.skipped} already watched or over the limit).` : ".")
    : `Not imported: ${(reply && reply.error) || "no answer"}.`;
}

document.getElementById("export-watchlist").addEventListener("click", () => exportFile());
document.getElementById("import-watchlist").addEventListener("change", (event) => {
  const [file] = event.target.files;
  if (file) importFile(file).finally(() => { event.target.value = ""; });
});
