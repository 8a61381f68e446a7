//! Writes the pre-rendered pages into a built site.
//!
//! `prerender <site-folder>`: reads the folder's `index.html` (trunk's output) and writes every
//! page, `sitemap.xml` and `robots.txt` into it. The base path comes from `PUBLIC_URL` (the
//! same value trunk was given as `--public-url`; default `/`), the absolute origin for
//! canonical links and link previews from `SITE_ORIGIN`.

use std::{env, fs, path::PathBuf, process};

use peace_timeline::prerender::{pages, render, robots, sitemap};

const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";

fn fail(message: String) -> ! {
    eprintln!("prerender: {message}");
    process::exit(1);
}

fn main() {
    let site = env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("name the built site's folder".to_owned()));
    let base = env::var("PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let origin = env::var("SITE_ORIGIN").unwrap_or_else(|_| DEFAULT_ORIGIN.to_owned());
    let origin = origin.trim_end_matches('/');

    let template_path = site.join("index.html");
    let template = fs::read_to_string(&template_path)
        .unwrap_or_else(|error| fail(format!("cannot read {}: {error}", template_path.display())));
    let pages = pages(&base);
    for page in &pages {
        let html = futures::executor::block_on(render(&template, page, &base, origin))
            .unwrap_or_else(|error| fail(format!("{}: {error}", template_path.display())));
        let path = site.join(&page.file);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).unwrap_or_else(|error| fail(format!("cannot create {}: {error}", folder.display())));
        }
        fs::write(&path, html).unwrap_or_else(|error| fail(format!("cannot write {}: {error}", path.display())));
    }
    let write = |name: &str, text: String| {
        fs::write(site.join(name), text).unwrap_or_else(|error| fail(format!("cannot write {name}: {error}")));
    };
    write("sitemap.xml", sitemap(&pages, origin));
    write("robots.txt", robots(&base, origin));
    println!("prerender: wrote {} pages into {}", pages.len(), site.display());
}
