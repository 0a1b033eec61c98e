// Predict the output: a switch under a concept page's title hides every `#>` output line and every figure
// the code draws, so that the reader can guess them first; a button under each code block then shows that
// block's output. The switch is remembered (localStorage) for every page.
(function () {
  var en = document.documentElement.lang === "en";
  var text = en
    ? { mode: "Predict the output", modeTitle: "Hide the output under the code to guess it first, then show it block by block",
        show: "Show output", hide: "Hide output" }
    : { mode: "출력 예상하기", modeTitle: "코드 아래의 출력을 가려 두고 먼저 예상한 다음, 코드 블록마다 하나씩 확인합니다",
        show: "출력 보기", hide: "출력 가리기" };
  var KEY = "wiki-predict";

  function remembered() {
    try { return localStorage.getItem(KEY) === "1"; } catch (e) { return false; }
  }
  function remember(on) {
    try { localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private mode: not remembered */ }
  }

  function setup() {
    var article = document.querySelector("article.md-content__inner");
    var badge = article && article.querySelector(".wiki-evidence");
    if (!badge || !article.querySelector(".wiki-out") || article.querySelector(".wiki-predict-mode")) return;
    var blocks = [];
    article.querySelectorAll("div.highlight").forEach(function (block, n) {
      if (!block.querySelector(".wiki-out")) return;
      var shown = [block];  // the block and the figures under it (up to the next code block or heading)
      for (var el = block.nextElementSibling; el && !el.matches("div.highlight, h2, h3, h4"); el = el.nextElementSibling) {
        if (el.matches(".wiki-figure")) shown.push(el);
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button wiki-reveal";
      button.id = "wiki-reveal-" + n;
      button.setAttribute("aria-expanded", "false");
      button.textContent = text.show;
      button.addEventListener("click", function () {
        var open = button.getAttribute("aria-expanded") !== "true";
        shown.forEach(function (el) { el.classList.toggle("wiki-revealed", open); });
        button.setAttribute("aria-expanded", String(open));
        button.textContent = open ? text.hide : text.show;
      });
      block.insertAdjacentElement("afterend", button);
      blocks.push({ shown: shown, button: button });
    });

    var mode = document.createElement("button");
    mode.type = "button";
    mode.className = "md-button wiki-predict-mode";
    mode.title = text.modeTitle;
    mode.textContent = text.mode;
    function apply(on) {
      document.body.classList.toggle("wiki-predict", on);
      mode.setAttribute("aria-pressed", String(on));
      blocks.forEach(function (b) {  // every block starts hidden again
        b.shown.forEach(function (el) { el.classList.remove("wiki-revealed"); });
        b.button.setAttribute("aria-expanded", "false");
        b.button.textContent = text.show;
      });
    }
    mode.addEventListener("click", function () {
      var on = mode.getAttribute("aria-pressed") !== "true";
      remember(on);
      apply(on);
    });
    badge.insertAdjacentElement("afterend", mode);
    apply(remembered());
  }

  if (window.document$) window.document$.subscribe(setup);  // Material's page-load stream
  else document.addEventListener("DOMContentLoaded", setup);
})();
