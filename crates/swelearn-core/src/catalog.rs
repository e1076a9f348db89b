//! The catalog: what `list`, `search` and `show` need to know about every topic without parsing
//! the files again (metadata, the search index, the load's diagnostics), in a compact binary form
//! that can be cached on disk and checked against a fingerprint of the sources (see `cache`).

pub mod cache;

use serde::{Deserialize, Serialize};

pub use cache::CacheError;

use crate::diagnostic::Diagnostic;
use crate::library::{Library, Origin, SourceKind};
use crate::search::{Head, Hit, Index, IndexBuilder, TAG_WEIGHT, TITLE_WEIGHT};
use crate::topic::{SectionKind, TopicMeta, deref_to_meta};

/// A topic as the catalog knows it: its metadata (`doc.title` reads through to it), where it
/// came from, and its cards. Its `related` names only topics that exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocMeta {
    pub meta: TopicMeta,
    pub source: SourceKind,
    pub origin: Origin,
    pub display: String,
    /// The ids of the topic's flashcards (see `cards`), so study can find new cards without
    /// parsing every topic.
    pub card_ids: Vec<String>,
}

deref_to_meta!(DocMeta);

/// Every topic's metadata, the search index over them, and the diagnostics of the load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub docs: Vec<DocMeta>,
    pub index: Index,
    pub diagnostics: Vec<Diagnostic>,
}

impl Catalog {
    /// Builds the catalog of a loaded library.
    pub fn build(library: &Library, diagnostics: Vec<Diagnostic>) -> Catalog {
        let mut builder = IndexBuilder::default();
        let mut docs = Vec::with_capacity(library.len());
        for entry in library.entries() {
            let t = &entry.topic;
            let tags = t.tags.join(" ");
            let mut fields: Vec<(&str, u32)> = vec![(&t.title, TITLE_WEIGHT), (&tags, TAG_WEIGHT)];
            for s in &t.sections {
                if s.kind != SectionKind::Quiz {
                    fields.push((&s.body, 1));
                }
            }
            builder.add(&fields);
            docs.push(DocMeta {
                meta: t.meta.clone(),
                source: entry.source,
                origin: entry.origin.clone(),
                display: entry.display.clone(),
                card_ids: crate::cards::cards(t).into_iter().map(|c| c.id).collect(),
            });
        }
        Catalog {
            docs,
            index: builder.finish(),
            diagnostics,
        }
    }

    /// The catalog as a cache file, with the fingerprint of the sources it was built from.
    pub fn to_bytes(&self, fingerprint: u64) -> Result<Vec<u8>, CacheError> {
        cache::encode(self, fingerprint)
    }

    /// Reads a cache file back: an error if the bytes are not a catalog cache of this version,
    /// were built from other sources, are damaged, or hold what the parser could not have made.
    pub fn from_bytes(bytes: &[u8], fingerprint: u64) -> Result<Catalog, CacheError> {
        cache::decode(bytes, fingerprint)
    }

    /// Ranked full-text hits (see `search::rank`): more of the query's words first, then title
    /// and tag matches, then text relevance.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let heads: Vec<Head> = self
            .docs
            .iter()
            .map(|d| Head {
                title: &d.title,
                tags: &d.tags,
            })
            .collect();
        crate::search::rank(&self.index, &heads, query)
    }

    /// The document with an id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.docs.iter().position(|d| d.id == id)
    }
}

#[cfg(test)]
mod tests;
