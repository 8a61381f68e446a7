//! A seeded mutation fuzzer for the query-string and path parsers.
//!
//! cargo-fuzz needs a nightly compiler; this runs on stable. It starts from the hostile links
//! the end-to-end tests open (`e2e/hostile-urls.txt`), mangles them the way links really get
//! mangled (cut, doubled, spliced, re-cased, escapes broken, pieces of other links and of the
//! query syntax dropped in), and checks every result against the same oracle as the property
//! tests. Inputs that make the parsers behave in a way not seen before join the pool, so the
//! search spreads over the kinds of behaviour rather than only over the bytes.
//!
//! `peace-timeline-fuzz [--seconds N | --runs N] [--seed N] [CORPUS-FILE...]` (default: 60
//! seconds, a seed from the clock, `e2e/hostile-urls.txt`).
//!
//! A run is reproducible from its seed with `--runs`. On a failure it saves the input, says
//! how to run to it again, and exits with status 1.

#[path = "../../tests/oracle/mod.rs"]
mod oracle;

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use peace_timeline::dataset::DATASET;
use peace_timeline::route::Route;

const DEFAULT_CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../e2e/hostile-urls.txt");
const BASES: [&str; 3] = ["/timeline/", "/", "/a/b/"];
/// Inputs are kept below this so that a run spends its time on variety, not on one huge
/// string (the tests cover values of 100 KB and more on their own).
const MAX_INPUT_BYTES: usize = 64 * 1024;
const MAX_POOL: usize = 20_000;
/// Checking one input slower than this is a failure: a link must never freeze the page. Far
/// above the usual fraction of a millisecond; and a slow input is timed again, taking the
/// fastest try, so that a busy machine does not fail a run.
const MAX_CHECK_TIME: Duration = Duration::from_secs(1);
const TRIES: usize = 3;

/// Pieces of the query and path syntax, and of the ids the parsers know, to drop into inputs.
const SYNTAX: &[&str] = &[
    "&",
    "=",
    ",",
    "+",
    "?",
    "#",
    ";",
    "/",
    "//",
    "..",
    "%",
    "%2",
    "%20",
    "%25",
    "%2F",
    "%2e",
    "%00",
    "%0A",
    "%FF",
    "%C3",
    "%E2%80%AE",
    "%F0%9F",
    "\u{202E}",
    "\u{FFFD}",
    "정전",
    "kind=",
    "actor=",
    "from=",
    "to=",
    "q=",
    "KIND=",
    "utm_source=",
    "entry/",
    "kind/",
    "index.html",
    "9999",
    "10000",
    "-1",
    "<script>",
    "\"><img src=x onerror=alert(1)>",
];

/// splitmix64: small, fast, and the same sequence for the same seed on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One random edit of the kind that mangles real links.
fn mutate(input: &mut Vec<u8>, pool: &[Vec<u8>], rng: &mut Rng) {
    let at = |rng: &mut Rng, input: &Vec<u8>| rng.below(input.len() + 1);
    match rng.below(9) {
        0 => {
            let i = at(rng, input);
            input.splice(i..i, rng.pick(SYNTAX).bytes());
        }
        1 if !input.is_empty() => {
            let i = rng.below(input.len());
            input[i] ^= 1 << rng.below(8);
        }
        2 if !input.is_empty() => {
            let i = rng.below(input.len());
            let end = (i + 1 + rng.below(16)).min(input.len());
            input.drain(i..end);
        }
        3 if !input.is_empty() => {
            let i = rng.below(input.len());
            let end = (i + 1 + rng.below(8)).min(input.len());
            let piece = input[i..end].to_vec();
            let most = if rng.below(8) == 0 { 4_000 } else { 8 };
            let times = 1 + rng.below(most);
            input.splice(end..end, piece.iter().copied().cycle().take(piece.len() * times));
        }
        4 => {
            let other = rng.pick(pool);
            let from = rng.below(other.len() + 1);
            let i = at(rng, input);
            input.splice(i..i, other[from..].iter().copied());
        }
        5 => input.truncate(at(rng, input)),
        6 if !input.is_empty() => {
            let i = rng.below(input.len());
            let end = (i + 1 + rng.below(16)).min(input.len());
            let upper = rng.below(2) == 0;
            for byte in &mut input[i..end] {
                *byte = if upper { byte.to_ascii_uppercase() } else { byte.to_ascii_lowercase() };
            }
        }
        7 => {
            let i = at(rng, input);
            let byte = rng.next() as u8;
            input.splice(i..i, format!("%{byte:02X}").into_bytes());
        }
        _ => {
            let i = at(rng, input);
            input.insert(i, rng.next() as u8);
        }
    }
    input.truncate(MAX_INPUT_BYTES);
}

fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let result = work();
    (result, started.elapsed())
}

fn hash_of(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Runs the parsers on an input as a link carries it: the part before `?` is a path under
/// each base, the rest a query string; the whole input is also tried as either. Returns a
/// fingerprint of how the parsers behaved.
fn run(input: &str, slowest: &mut Duration) -> Result<u64, String> {
    let (path, query) = input.split_once('?').unwrap_or((input, ""));
    let mut fingerprint = DefaultHasher::new();
    for query in [query, input] {
        let (parsed, mut took) = timed(|| oracle::check_query(query));
        let parsed = parsed?;
        if took > MAX_CHECK_TIME {
            took = (1..TRIES).map(|_| timed(|| oracle::check_query(query)).1).fold(took, Duration::min);
        }
        *slowest = (*slowest).max(took);
        if took > MAX_CHECK_TIME {
            return Err(format!("checking the query took {took:?}"));
        }
        // Which kinds of notice, not their order or text: that is a behaviour.
        let kinds: HashSet<_> = parsed.notices.iter().map(std::mem::discriminant).collect();
        kinds.iter().map(hash_of).fold(0, |all, kind| all ^ kind).hash(&mut fingerprint);
        let filter = &parsed.filter;
        let shape = (filter.kinds.len().min(2), filter.actors.len().min(2), filter.text.is_empty());
        (shape, filter.from_year.is_some(), filter.to_year.is_some()).hash(&mut fingerprint);
    }
    for base in BASES {
        for path in [path, input] {
            let path = format!("{base}{}", path.trim_start_matches('/'));
            let route = oracle::check_path(&path, base)?;
            let kind = match route {
                Route::Home => 0,
                Route::Entry(_) => 1,
                Route::Kind(_) => 2,
                Route::UnknownEntry(_) => 3,
                Route::NotFound(_) => 4,
            };
            kind.hash(&mut fingerprint);
        }
    }
    Ok(fingerprint.finish())
}

struct Options {
    deadline: Option<Duration>,
    runs: Option<u64>,
    seed: u64,
    corpora: Vec<PathBuf>,
}

fn usage(problem: &str) -> ! {
    eprintln!("fuzz: {problem}\nusage: peace-timeline-fuzz [--seconds N | --runs N] [--seed N] [CORPUS-FILE...]");
    process::exit(2);
}

fn options() -> Options {
    let mut options = Options {
        deadline: None,
        runs: None,
        seed: SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |time| time.as_nanos() as u64),
        corpora: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> u64 {
            args.next().and_then(|value| value.parse().ok()).unwrap_or_else(|| usage(&format!("{name} needs a number")))
        };
        match arg.as_str() {
            "--seconds" => options.deadline = Some(Duration::from_secs(number("--seconds"))),
            "--runs" => options.runs = Some(number("--runs")),
            "--seed" => options.seed = number("--seed"),
            flag if flag.starts_with("--") => usage(&format!("unknown option {flag}")),
            file => options.corpora.push(file.into()),
        }
    }
    if options.deadline.is_none() && options.runs.is_none() {
        options.deadline = Some(Duration::from_secs(60));
    }
    if options.corpora.is_empty() {
        options.corpora.push(DEFAULT_CORPUS.into());
    }
    options
}

/// The corpus files' links, one a line; `#` starts a comment line.
fn corpus(files: &[PathBuf]) -> Vec<Vec<u8>> {
    let mut seeds = vec![Vec::new()];
    for file in files {
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|error| usage(&format!("cannot read {}: {error}", file.display())));
        seeds.extend(
            text.lines()
                .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
                .map(|line| line.as_bytes().to_vec()),
        );
    }
    seeds
}

fn main() {
    let options = options();
    let mut pool = corpus(&options.corpora);
    let mut rng = Rng(options.seed);
    let mut behaviours = HashSet::new();
    let mut slowest = Duration::ZERO;
    let started = Instant::now();
    let mut runs = 0u64;
    println!("fuzz: seed {}, {} corpus inputs, {} dataset entries", options.seed, pool.len(), DATASET.entries.len());
    while options.runs.is_none_or(|limit| runs < limit)
        && options.deadline.is_none_or(|limit| started.elapsed() < limit)
    {
        let mut input = rng.pick(&pool).clone();
        for _ in 0..1 + rng.below(8) {
            mutate(&mut input, &pool, &mut rng);
        }
        let text = String::from_utf8_lossy(&input).into_owned();
        // A panic leaves nothing half-changed that the next run would read: only `slowest`.
        match panic::catch_unwind(AssertUnwindSafe(|| run(&text, &mut slowest))) {
            Ok(Ok(fingerprint)) => {
                if behaviours.insert(fingerprint) && pool.len() < MAX_POOL {
                    pool.push(input);
                }
            }
            Ok(Err(problem)) => fail(&problem, &text, options.seed, runs),
            Err(_) => fail("the parsers panicked (message above)", &text, options.seed, runs),
        }
        runs += 1;
    }
    let elapsed = started.elapsed();
    println!(
        "fuzz: {runs} inputs in {elapsed:.0?} ({:.0} a second), {} distinct behaviours, slowest check {slowest:?}; no failure",
        runs as f64 / elapsed.as_secs_f64().max(1e-9),
        behaviours.len(),
    );
}

const FAILURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/fuzz/failures");

/// Reports a failure with enough to reproduce it: the input in a file, and the seed and run.
fn fail(problem: &str, input: &str, seed: u64, run: u64) -> ! {
    let file = PathBuf::from(FAILURES).join(format!("seed-{seed}-run-{run}.txt"));
    let saved = std::fs::create_dir_all(FAILURES).and_then(|()| std::fs::write(&file, input));
    let shown: String = input.chars().take(300).collect();
    eprintln!(
        "fuzz: FAILED at run {run}: {problem}\ninput ({} bytes): {shown:?}{}",
        input.len(),
        if shown.len() < input.len() { "…" } else { "" }
    );
    match saved {
        Ok(()) => eprintln!("fuzz: the whole input is in {}", file.display()),
        Err(error) => eprintln!("fuzz: could not save the input to {}: {error}", file.display()),
    }
    eprintln!("fuzz: to run to it again: bash scripts/fuzz.sh --seed {seed} --runs {}", run + 1);
    process::exit(1);
}
