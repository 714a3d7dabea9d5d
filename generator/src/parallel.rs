//! Spreading independent work over the machine's cores, keeping results in input order so
//! that output never depends on scheduling.

/// Stack of each worker. Parsing and formatting generated code recurse once per level of a
/// nested type (a few tens of kilobytes per level in a debug build); types may nest
/// [`crate::dialect::MAX_NESTING`] levels, which the default 2 MiB does not hold. Only the
/// pages a worker touches are committed, so a large reservation costs nothing.
const WORKER_STACK: usize = 256 << 20;

/// `items.iter().map(f).collect()`, on up to one thread per core. Workers take the next item
/// as they finish one, so uneven items (one big file among small ones) still share out well.
/// Even one item runs on a worker, so that every item gets the same stack.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if workers == 0 {
        return Vec::new();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (f, next) = (&f, &next);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                let worker = std::thread::Builder::new().stack_size(WORKER_STACK);
                worker
                    .spawn_scoped(scope, move || {
                        let mut done = Vec::new();
                        loop {
                            let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(item) = items.get(index) else {
                                return done;
                            };
                            done.push((index, f(item)));
                        }
                    })
                    .expect("a worker thread starts")
            })
            .collect();
        handles
            .into_iter()
            // A panic in a worker is a bug; re-raise it on the caller's thread.
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_unstable_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_input_order() {
        let items: Vec<u32> = (0..1000).collect();
        assert_eq!(
            super::map(&items, |x| x * 2),
            items.iter().map(|x| x * 2).collect::<Vec<_>>()
        );
        assert!(super::map(&[] as &[u32], |x| *x).is_empty());
    }
}
