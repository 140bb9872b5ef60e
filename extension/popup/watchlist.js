// The popup's watchlist: the companies being watched, with their level, latest event and date; remove
// one, check them all now, and "Watch" for the companies on this tab. Everything goes through the
// background (router.js), which alone touches storage and the network.
// popup.html loads the badge's classic script first: its link check is the one every page of ours uses.
const { safeUrl } = globalThis.UpheavalRadar.badge;
const LEVEL_WORDS = { warning: "Warning", watch: "Watch", none: "Nothing found", unknown: "Not checked yet" };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = String(text);
  return node;
}

function send(message) {
  return chrome.runtime.sendMessage(message).catch(() => ({ ok: false, error: "no answer from the extension" }));
}

function renderEntry(entry, onRemove) {
  const item = el("li", "watched");
  item.dataset.companyId = String(entry.company_id);
  const head = el("p");
  head.append(el("strong", null, entry.name), " ");
  head.append(el("span", `watched-level level-${entry.level}`, LEVEL_WORDS[entry.level] || entry.level));
  item.append(head);
  if (entry.latest) {
    const latest = el("p", "watched-latest");
    const href = safeUrl(entry.latest.url);
    const text = entry.latest.summary || entry.latest.kind;
    if (href) {
      const link = el("a", null, text);
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      latest.append(link);
    } else {
      latest.append(text);
    }
    if (entry.latest.date) latest.append(el("span", "muted", ` \u00b7 ${entry.latest.date}`));
    item.append(latest);
  } else {
    item.append(el("p", "muted watched-latest", "No event in the window."));
  }
  const remove = el("button", "unwatch", "Remove");
  remove.type = "button";
  remove.addEventListener("click", onRemove);
  item.append(remove);
  return item;
}

export async function renderWatchlist(section) {
  const reply = await send({ type: "watchlist" });
  const companies = (reply && reply.companies) || [];
  section.replaceChildren(el("h2", null, "Watched companies"));
  if (companies.length === 0) {
    section.append(el("p", "muted", "None yet: press \u201cWatch\u201d on a company's details to be told when it changes."));
  } else {
    const list = el("ul", "watchlist");
    for (const entry of companies) {
      list.append(renderEntry(entry, async () => {
        await send({ type: "unwatch", company_id: entry.company_id });
        await renderWatchlist(section);
      }));
    }
    section.append(list);
    const checked = companies.map((c) => c.checkedAt).filter(Boolean).sort().pop();
    if (checked) section.append(el("p", "muted", `Last checked ${checked.slice(0, 16).replace("T", " ")} UTC.`));
  }
  const actions = el("p", "watch-actions");
  const check = el("button", "check-now", "Check now");
  check.type = "button";
  check.disabled = companies.length === 0;
  const outcome = el("span", "muted check-outcome");
  check.addEventListener("click", async () => {
    check.disabled = true;
    const result = await send({ type: "check-watchlist" });
    await renderWatchlist(section);
    section.querySelector(".check-outcome").textContent = result && result.ok
      ? ` ${result.notified.length ? `${result.notified.length} change${result.notified.length > 1 ? "s" : ""}` : "No change"}.`
      : ` Check failed: ${(result && result.error) || "no answer"}.`;
  });
  const transfer = el("a", null, "Export or import");
  transfer.href = "#";
  transfer.addEventListener("click", (event) => {
    event.preventDefault();
    chrome.runtime.openOptionsPage();
  });
  actions.append(check, outcome, " \u00b7 ", transfer);
  section.append(actions);
}

// renderDetails' onWatch for a company on this tab; the watchlist below is redrawn after it.
export function watchFor(status, job, section) {
  return async () => {
    // The name the server matched, so the background's lookup finds the same company again.
    const name = (job.alert && job.alert.match && job.alert.match.name) || job.company;
    const reply = await send({ type: "watch", site: status.site || undefined, company: { name } });
    await renderWatchlist(section);
    return reply;
  };
}
