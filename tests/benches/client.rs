//! What the generated client costs per call over bare reqwest, on loopback.
//!
//! Both sides make the same call: Plaid's `POST /item/remove` with the credential headers and
//! a small JSON body, answered with a small JSON body that is decoded into the same model, by
//! a hyper server on loopback over one kept-alive connection. The generated client runs with
//! retries off, so the difference is its own machinery: building the call, the retry loop,
//! the tracing span, the error decoding it does not need.
//!
//! `cargo bench -p workspace-tests --bench client` prints divan's table (median = p50), then
//! p50 and p99 of each side from interleaved samples.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use generated::plaid::models::{ItemRemoveRequest, ItemRemoveResponse};
use generated::{plaid, RetryPolicy};
use http_body_util::Full;
use hyper::body::Bytes;

const ANSWER: &str = r#"{"request_id":"m8MDnv9okwxFNBV"}"#;

fn main() {
    divan::main();
    percentiles();
}

/// A loopback HTTP/1.1 server answering every request with [`ANSWER`], on its own thread.
fn serve() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    listener.set_nonblocking(true).expect("non-blocking");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("a listener");
            loop {
                let (stream, _) = listener.accept().await.expect("a connection");
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(|_request| async {
                        Ok::<_, Infallible>(
                            hyper::Response::builder()
                                .header("content-type", "application/json")
                                .body(Full::new(Bytes::from_static(ANSWER.as_bytes())))
                                .expect("a response"),
                        )
                    });
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(io, service)
                        .await;
                });
            }
        });
    });
    address
}

struct Setup {
    runtime: tokio::runtime::Runtime,
    generated: plaid::Client,
    bare: reqwest::Client,
    url: String,
    request: ItemRemoveRequest,
}

fn setup() -> Setup {
    let address = serve();
    let base = format!("http://{address}");
    let generated = plaid::Client::new(
        plaid::Environment::Custom(base.parse().expect("a URL")),
        plaid::Credentials::new("client-1", "secret-1"),
    )
    .with_retry(RetryPolicy::none());
    Setup {
        runtime: tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime"),
        generated,
        bare: reqwest::Client::new(),
        url: format!("{base}/item/remove"),
        request: ItemRemoveRequest::new("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"),
    }
}

impl Setup {
    fn generated_call(&self) -> ItemRemoveResponse {
        self.runtime
            .block_on(self.generated.item_remove(&self.request).send())
            .expect("the generated call succeeds")
    }

    /// The same request written by hand with reqwest.
    fn bare_call(&self) -> ItemRemoveResponse {
        self.runtime.block_on(async {
            let body = serde_json::to_vec(&self.request).expect("serializes");
            let answer = self
                .bare
                .post(&self.url)
                .header("PLAID-CLIENT-ID", "client-1")
                .header("PLAID-SECRET", "secret-1")
                .header("Plaid-Version", "2020-09-14")
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .expect("the bare call succeeds");
            assert!(answer.status().is_success());
            let raw = answer.bytes().await.expect("a body");
            serde_json::from_slice(&raw).expect("decodes")
        })
    }
}

#[divan::bench(sample_count = 2000)]
fn generated_client(bencher: divan::Bencher) {
    let setup = setup();
    setup.generated_call();
    bencher.bench_local(|| setup.generated_call());
}

#[divan::bench(sample_count = 2000)]
fn bare_reqwest(bencher: divan::Bencher) {
    let setup = setup();
    setup.bare_call();
    bencher.bench_local(|| setup.bare_call());
}

/// p50 and p99 of both, sampled alternately so that load on the machine hits both alike.
fn percentiles() {
    const SAMPLES: usize = 5000;
    let setup = setup();
    for _ in 0..200 {
        setup.generated_call();
        setup.bare_call();
    }
    let mut generated = Vec::with_capacity(SAMPLES);
    let mut bare = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let started = Instant::now();
        setup.generated_call();
        generated.push(started.elapsed());
        let started = Instant::now();
        setup.bare_call();
        bare.push(started.elapsed());
    }
    let at = |samples: &mut Vec<Duration>, quantile: f64| {
        samples.sort_unstable();
        samples[((samples.len() - 1) as f64 * quantile) as usize]
    };
    let (g50, g99) = (at(&mut generated, 0.50), at(&mut generated, 0.99));
    let (b50, b99) = (at(&mut bare, 0.50), at(&mut bare, 0.99));
    println!("\n{SAMPLES} interleaved calls each:");
    println!("  generated client  p50 {g50:>10.1?}  p99 {g99:>10.1?}");
    println!("  bare reqwest      p50 {b50:>10.1?}  p99 {b99:>10.1?}");
    println!(
        "  overhead at p50: {:+.1}%",
        (g50.as_secs_f64() / b50.as_secs_f64() - 1.0) * 100.0
    );
}
