"use strict";

// The page talks only to this service; the key, when one is needed, stays in this tab's session storage.
const keyStorage = "assessagent-api-key";
const typesByExtension = { json: "application/json", md: "text/markdown", markdown: "text/markdown",
  txt: "text/plain", vtt: "text/vtt" };

const $ = (id) => document.getElementById(id);

// The API names decisions as JSON does ("leanHire"); people read "Lean hire".
const decisionText = (decision) => {
  if (!decision) return "—";
  const words = decision.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

// The listed jobs by the assessment store's id, so that a chat citation can open the report it cites.
const jobsByAssessment = new Map();

async function api(path, options = {}) {
  const headers = new Headers(options.headers || {});
  const key = sessionStorage.getItem(keyStorage);
  if (key) headers.set("X-Api-Key", key);
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    $("key-section").hidden = false;
    $("api-key").focus();
    throw new Error("This service needs an API key: enter it above.");
  }
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch { /* not a problem body */ }
    throw new Error(detail);
  }
  return response;
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text ?? "";
  if (className) td.className = className;
  return td;
}

async function loadList() {
  const body = $("assessments").tBodies[0];
  try {
    const page = await (await api("/assessments?pageSize=50")).json();
    body.replaceChildren();
    jobsByAssessment.clear();
    $("list-empty").hidden = page.items.length > 0;
    for (const item of page.items) {
      if (item.assessmentId) jobsByAssessment.set(item.assessmentId, item);
      const row = body.insertRow();
      row.dataset.id = item.id;
      cell(row, new Date(item.createdAt).toLocaleString());
      cell(row, item.candidate || "—");
      cell(row, item.sourceName);
      cell(row, item.status + (item.error ? `: ${item.error}` : ""), item.status === "failed" ? "failed" : "");
      cell(row, decisionText(item.decision));
      const action = cell(row, "");
      if (item.status === "succeeded") {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "link";
        button.textContent = "View report";
        button.setAttribute("aria-label", `View the report on ${item.candidate || item.sourceName}`);
        button.addEventListener("click", () => showReport(item.id));
        action.append(button);
      }
    }
  } catch (error) {
    $("submit-status").textContent = error.message;
  }
}

// Shows a report, or says in the report's place why it cannot be shown (it was deleted from the store since the
// list was loaded, the service stopped...), so that a click never fails silently.
async function showReport(id) {
  $("report-section").hidden = false;
  try {
    const [resource, html] = await Promise.all([
      api(`/assessments/${id}`).then((r) => r.json()),
      api(`/assessments/${id}/report`, { headers: { Accept: "text/html" } }).then((r) => r.text()),
    ]);
    $("report-summary").textContent = `${resource.candidate || resource.sourceName}: recommendation ` +
      decisionText(resource.report.recommendation.decision);
    $("report-frame").srcdoc = html;
    $("report-frame").hidden = false;
    $("print-report").hidden = false;
  } catch (error) {
    $("report-summary").textContent = `The report cannot be shown: ${error.message}`;
    $("report-frame").srcdoc = "";
    $("report-frame").hidden = true;
    $("print-report").hidden = true;
  }
  $("report-heading").scrollIntoView();
  $("report-heading").setAttribute("tabindex", "-1");
  $("report-heading").focus();
}

async function waitFor(id) {
  for (;;) {
    const resource = await (await api(`/assessments/${id}`)).json();
    if (resource.status === "succeeded" || resource.status === "failed") return resource;
    $("submit-status").textContent = `Assessment ${resource.status}…`;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function submit(event) {
  event.preventDefault();
  const file = $("transcript-file").files[0];
  if (!file) return;
  const extension = file.name.includes(".") ? file.name.split(".").pop().toLowerCase() : "";
  const type = extension === "" ? "text/plain" : typesByExtension[extension];
  if (!type) {
    // The service reads a transcript by its type; a file of another kind would only come back refused.
    const accepted = Object.keys(typesByExtension).map((known) => `.${known}`).join(", ");
    $("submit-status").textContent =
      `${file.name} cannot be assessed: a transcript must be one of ${accepted} (JSON, Markdown, text or WebVTT).`;
    return;
  }
  try {
    $("submit-status").textContent = `Sending ${file.name}…`;
    const response = await api(`/assessments?name=${encodeURIComponent(file.name)}`,
      { method: "POST", headers: { "Content-Type": type }, body: await file.text() });
    const accepted = await response.json();
    await loadList();
    const done = await waitFor(accepted.id);
    $("submit-status").textContent = done.status === "succeeded"
      ? `Assessed ${file.name}: ${decisionText(done.decision)}.`
      : `Could not assess ${file.name}: ${done.error}`;
    await loadList();
    if (done.status === "succeeded") await showReport(done.id);
  } catch (error) {
    $("submit-status").textContent = error.message;
  }
}

// One cited stored assessment: its label, who and which question, and the report when it is listed.
function showCitation(citation) {
  const item = document.createElement("li");
  const about = [citation.candidate, citation.question].filter(Boolean).join(": ");
  item.textContent = about ? `${citation.label} ${about} ` : `${citation.label} `;
  const job = jobsByAssessment.get(citation.assessmentId);
  if (job) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link";
    button.textContent = "View report";
    button.setAttribute("aria-label", `View the cited report on ${job.candidate || job.sourceName}`);
    button.addEventListener("click", () => showReport(job.id));
    item.append(button);
  }
  $("chat-citations").append(item);
}

// Reads the server-sent events of POST /chat as they arrive: 'notice' says no model could be used, 'answer'
// events carry text, 'citation' events the stored assessments the answer rests on, 'error' a failure, 'done' ends.
async function ask(event) {
  event.preventDefault();
  const output = $("chat-answer");
  output.textContent = "";
  delete output.dataset.done;
  $("chat-citations").replaceChildren();
  $("chat-notice").textContent = "";
  $("chat-sources").hidden = true;
  try {
    await loadList();
    const response = await api("/chat", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: $("chat-question").value }) });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1];
        const data = block.split("\n").filter((line) => line.startsWith("data: "))
          .map((line) => line.slice(6)).join("\n");
        if (type === "answer") output.textContent += data;
        if (type === "error") output.textContent += `The chat failed: ${data}`;
        if (type === "notice") $("chat-notice").textContent = data;
        if (type === "citation") {
          $("chat-sources").hidden = false;
          showCitation(JSON.parse(data));
        }
      }
    }
    output.dataset.done = "true";
  } catch (error) {
    output.textContent = error.message;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("submit-form").addEventListener("submit", submit);
  $("chat-form").addEventListener("submit", ask);
  $("refresh").addEventListener("click", loadList);
  $("print-report").addEventListener("click", () => $("report-frame").contentWindow.print());
  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(keyStorage, $("api-key").value);
    $("key-section").hidden = true;
    loadList();
  });
  loadList();
});
