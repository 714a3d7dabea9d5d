//! Streams of pages and of items for list operations: each page is an ordinary call (time
//! limits, retries, authentication, tracing), and the next one is asked for as the docs show
//! (a cursor, an offset, a `next` link). A stream ends after the last page, or after the first
//! error, which it yields.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use futures_util::stream::{self, Stream, StreamExt};
use reqwest::{Method, RequestBuilder};

use super::Http;

/// One page's call, sent.
pub(crate) type PageFuture<'a, P, Err> = Pin<Box<dyn Future<Output = Result<P, Err>> + Send + 'a>>;

/// What comes after a page: `Some(state)` asks for another.
type Step<'a, S, P, Err> =
    Pin<Box<dyn Future<Output = Option<(Result<P, Err>, Option<S>)>> + Send + 'a>>;

/// Pages one after another: `step` sends the call for a state and says what follows.
fn pages<'a, S, P, Err>(
    start: S,
    step: impl Fn(S) -> Step<'a, S, P, Err> + Send + 'a,
) -> impl Stream<Item = Result<P, Err>> + Send + 'a
where
    S: Send + 'a,
    P: Send + 'a,
    Err: Send + 'a,
{
    stream::unfold(Some(start), move |state| {
        let next = state.map(&step);
        async move { next?.await }
    })
}

/// Pages asked for with a cursor: `next` reads the next cursor from a page (`None` on the last
/// page), `set` puts it in the request. A cursor that is empty or the one just sent ends the
/// stream, so that an API repeating itself cannot loop forever.
pub(crate) fn cursor_pages<'a, R, P, Err>(
    request: R,
    fetch: impl Fn(R) -> PageFuture<'a, P, Err> + Send + Sync + 'a,
    next: impl Fn(&P) -> Option<String> + Send + Sync + 'a,
    set: impl Fn(&mut R, String) + Send + Sync + 'a,
) -> impl Stream<Item = Result<P, Err>> + Send + 'a
where
    R: Clone + Send + Sync + 'a,
    P: Send + 'a,
    Err: Send + 'a,
{
    let paging = Arc::new((fetch, next, set));
    pages(
        (request, None::<String>),
        move |(mut request, sent): (R, Option<String>)| {
            let paging = paging.clone();
            Box::pin(async move {
                let (fetch, next, set) = &*paging;
                let page = match fetch(request.clone()).await {
                    Ok(page) => page,
                    Err(error) => return Some((Err(error), None)),
                };
                let state = next(&page)
                    .filter(|cursor| !cursor.is_empty() && Some(cursor) != sent.as_ref())
                    .map(|cursor| {
                        set(&mut request, cursor.clone());
                        (request, Some(cursor))
                    });
                Some((Ok(page), state))
            })
        },
    )
}

/// Where a request starts reading, and how many items a page holds, when it says.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Window {
    pub(crate) offset: u64,
    pub(crate) limit: Option<u64>,
}

/// Pages asked for with an offset that grows by the items each page held (or by one when
/// `by_page`: the offset is a page number, the first page 1 unless the request says). The
/// stream ends after an empty page, a page shorter than the request's limit, or at the total.
/// `count` reads how many items a page holds, `total` how many the whole list does (when the
/// answer says), `window` where the request starts, and `set` moves the request on.
pub(crate) fn offset_pages<'a, R, P, Err>(
    request: R,
    by_page: bool,
    fetch: impl Fn(R) -> PageFuture<'a, P, Err> + Send + Sync + 'a,
    window: impl Fn(&R) -> Window + Send + Sync + 'a,
    count: impl Fn(&P) -> Option<usize> + Send + Sync + 'a,
    total: impl Fn(&P) -> Option<u64> + Send + Sync + 'a,
    set: impl Fn(&mut R, u64) + Send + Sync + 'a,
) -> impl Stream<Item = Result<P, Err>> + Send + 'a
where
    R: Clone + Send + Sync + 'a,
    P: Send + 'a,
    Err: Send + 'a,
{
    let paging = Arc::new((fetch, window, count, total, set));
    pages(request, move |mut request: R| {
        let paging = paging.clone();
        Box::pin(async move {
            let (fetch, window, count, total, set) = &*paging;
            let page = match fetch(request.clone()).await {
                Ok(page) => page,
                Err(error) => return Some((Err(error), None)),
            };
            let Window { offset, limit } = window(&request);
            let items = count(&page).unwrap_or(0);
            let total = total(&page);
            let read = offset + items as u64;
            let last = items == 0
                || limit.is_some_and(|limit| (items as u64) < limit)
                || (!by_page && total.is_some_and(|total| read >= total));
            let state = (!last).then(|| {
                set(&mut request, if by_page { offset.max(1) + 1 } else { read });
                request
            });
            Some((Ok(page), state))
        })
    })
}

/// Pages that link to the next one: the first from the operation's call, then each page's
/// `next` link (an URL, or a path on the API's host), fetched with `follow`. A link to the page
/// just fetched ends the stream.
pub(crate) fn linked_pages<'a, P, Err>(
    first: PageFuture<'a, P, Err>,
    follow: impl Fn(String) -> PageFuture<'a, P, Err> + Send + Sync + 'a,
    next: impl Fn(&P) -> Option<String> + Send + Sync + 'a,
) -> impl Stream<Item = Result<P, Err>> + Send + 'a
where
    P: Send + 'a,
    Err: Send + 'a,
{
    let paging = Arc::new((follow, next));
    pages(
        (Some(first), None::<String>),
        move |(first, link): (Option<PageFuture<'a, P, Err>>, Option<String>)| {
            let paging = paging.clone();
            Box::pin(async move {
                let (follow, next) = &*paging;
                let sent = match (first, &link) {
                    (Some(first), _) => first.await,
                    (None, Some(link)) => follow(link.clone()).await,
                    (None, None) => return None,
                };
                let page = match sent {
                    Ok(page) => page,
                    Err(error) => return Some((Err(error), None)),
                };
                let state = next(&page)
                    .filter(|href| !href.is_empty() && Some(href) != link.as_ref())
                    .map(|href| (None, Some(href)));
                Some((Ok(page), state))
            })
        },
    )
}

/// The items of each page, in order; an error ends the stream as it ended the pages.
pub(crate) fn items<'a, P, T, Err>(
    pages: impl Stream<Item = Result<P, Err>> + Send + 'a,
    items: impl Fn(P) -> Option<Vec<T>> + Send + 'a,
) -> impl Stream<Item = Result<T, Err>> + Send + 'a
where
    P: Send + 'a,
    T: Send + 'a,
    Err: Send + 'a,
{
    pages.flat_map(move |page| {
        stream::iter(match page {
            Ok(page) => items(page)
                .unwrap_or_default()
                .into_iter()
                .map(Ok)
                .collect(),
            Err(error) => vec![Err(error)],
        })
    })
}

impl<E> Http<E> {
    /// A request for a page's `next` link: an URL on the API's origin, or a path (or any
    /// reference) resolved against the base URL. A link to another host is refused, since the
    /// request carries credentials.
    pub(crate) fn link(&self, method: Method, href: &str) -> Result<RequestBuilder, String> {
        let url = self
            .base_url()
            .join(href)
            .map_err(|e| format!("the next page's link is not a URL ({e})"))?;
        if url.origin() != self.base_url().origin() {
            return Err(format!(
                "refused the next page's link to another host ({}): the request carries credentials",
                url.host_str().unwrap_or("none")
            ));
        }
        Ok(self.client.request(method, url))
    }
}
