// The copy button copies the code a reader can run: the `#>` lines that show its output are left out.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button[data-clipboard-target]");
  if (!button) return;
  var code = document.querySelector(button.getAttribute("data-clipboard-target"));
  if (!code) return;
  var copy = code.cloneNode(true);
  copy.querySelectorAll(".md-annotation").forEach(function (el) { el.remove(); });
  var lines = copy.textContent.split("\n").filter(function (line) { return !/^\s*#>/.test(line); });
  button.setAttribute("data-clipboard-text", lines.join("\n").replace(/\s+$/, "") + "\n");
}, true);  // capture: before Material's clipboard handler reads the text
