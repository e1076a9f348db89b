//! Where the UI gets a topic's full text: from disk where the catalog says it lives, or from
//! memory (tests and benchmarks), behind one trait the app holds.

use std::collections::HashMap;

use swelearn_core::Origin;
use swelearn_core::Topic;
use swelearn_core::catalog::DocMeta;
use swelearn_core::parse::parse_topic;

use crate::load::load_topic;

/// Where topics' full text comes from (files on disk when running, memory in tests).
pub trait TopicSource {
    fn load(&self, doc: &DocMeta) -> Result<Topic, String>;
}

/// Reads topics from where the catalog says they live.
pub struct FileSource;

impl TopicSource for FileSource {
    fn load(&self, doc: &DocMeta) -> Result<Topic, String> {
        load_topic(&doc.origin, &doc.display).map_err(|diags| {
            diags
                .first()
                .map_or_else(|| "unreadable".to_owned(), ToString::to_string)
        })
    }
}

/// Topics held in memory, by the name their catalog origin gives.
pub struct MemorySource(pub HashMap<String, Vec<u8>>);

impl TopicSource for MemorySource {
    fn load(&self, doc: &DocMeta) -> Result<Topic, String> {
        let Origin::Bundled { name } = &doc.origin else {
            return Err("not in memory".into());
        };
        let bytes = self.0.get(name).ok_or("not in memory")?;
        parse_topic(bytes, name, name.trim_end_matches(".md"))
            .topic
            .ok_or_else(|| "not a valid topic".into())
    }
}
