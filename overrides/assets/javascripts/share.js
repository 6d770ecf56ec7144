// Share buttons under a page (overrides/partials/thidua-sharing.html): the browser's own share
// sheet, which offers Zalo where it is installed, and copying the address. No third-party script.
document.querySelectorAll(".td-share").forEach((box) => {
  const url = box.dataset.url;
  const title = box.dataset.title;
  const status = box.querySelector(".td-share-status");
  const native = box.querySelector(".td-share-native");
  const copy = box.querySelector(".td-share-copy");
  if (navigator.share) {
    native.hidden = false;
    native.addEventListener("click", () => navigator.share({ title, url }).catch(() => {}));
  }
  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", () =>
      navigator.clipboard.writeText(url).then(
        () => { status.textContent = "Đã sao chép liên kết."; },
        () => { status.textContent = "Không sao chép được; hãy chép địa chỉ trên thanh địa chỉ."; },
      ),
    );
  }
});
