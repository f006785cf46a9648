// The /query page: runs SPARQL against /sparql and shows the results as a table.
// Every value from the graph is inserted with textContent, never as HTML.
"use strict";

const byId = (id) => document.getElementById(id);
let saved = [];

function setStatus(text, isError) {
  const status = byId("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function cellText(term) {
  if (!term) return "";
  return term.value;
}

function showTable(data) {
  const results = byId("results");
  results.replaceChildren();
  if ("boolean" in data) {
    results.textContent = data.boolean ? "true" : "false";
    return;
  }
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const name of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = name;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const binding of data.results.bindings) {
    const row = body.insertRow();
    for (const name of data.head.vars) {
      row.insertCell().textContent = cellText(binding[name]);
    }
  }
  results.appendChild(table);
  setStatus(data.results.bindings.length + " rows", false);
}

function parameters() {
  const params = new URLSearchParams();
  params.append("query", byId("query").value);
  for (const id of ["person", "other"]) {
    const value = byId(id).value.trim();
    if (value) params.append("person", value);
  }
  return params;
}

async function run() {
  const format = byId("format").value;
  setStatus("running…", false);
  let response;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": format || "application/sparql-results+json, text/turtle;q=0.5",
      },
      body: parameters(),
    });
  } catch (error) {
    setStatus("the endpoint did not answer: " + error, true);
    return;
  }
  if (!response.ok) {
    setStatus(await response.text(), true);
    return;
  }
  const type = response.headers.get("Content-Type") || "";
  if (format || !type.includes("json")) {
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "results" + ({ "text/csv": ".csv", "text/tab-separated-values": ".tsv",
      "application/sparql-results+xml": ".xml" }[format] || (type.includes("turtle") ? ".ttl" : ".json"));
    link.textContent = "download " + link.download;
    byId("results").replaceChildren(link);
    setStatus("", false);
    return;
  }
  showTable(await response.json());
}

async function loadSaved() {
  const response = await fetch("/api/saved-queries");
  if (!response.ok) return;
  saved = await response.json();
  const select = byId("saved");
  for (const query of saved) {
    const option = document.createElement("option");
    option.value = query.name;
    option.textContent = query.name;
    select.appendChild(option);
  }
  select.addEventListener("change", () => {
    const query = saved.find((q) => q.name === select.value);
    byId("description").textContent = query ? query.description : "";
    if (query) byId("query").value = query.text;
  });
}

byId("run").addEventListener("click", run);
byId("query").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
});
loadSaved();
