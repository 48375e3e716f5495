// A stand-in for a busy Facebook feed: 5,000 posts, 200 of them rewritten every 50 ms (live like
// counts). Not every frame: a page that saturates the main thread would hide any added cost. It carries no editor the guard would check, so
// the benchmark measures what the guard costs a page that is not being typed in: listeners,
// observers and timers, the price every staff member pays all day.
export const FEED_PATH = '/__bench/feed';

export const FEED_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Feed</title></head>
<body>
<div role="feed" id="feed"></div>
<script>
  const feed = document.getElementById('feed');
  const items = [];
  for (let i = 0; i < 5000; i++) {
    const article = document.createElement('div');
    article.setAttribute('role', 'article');
    article.innerHTML = '<h3>Friend ' + i + '</h3><p>Post number ' + i + '</p><span>0 likes</span>';
    feed.append(article);
    items.push(article.querySelector('span'));
  }
  let tick = 0;
  function update() {
    tick++;
    for (let j = 0; j < 200; j++) {
      const k = (tick * 200 + j) % items.length;
      items[k].textContent = tick + ' likes';
    }
  }
  setInterval(update, 50);
</script>
</body></html>`;
