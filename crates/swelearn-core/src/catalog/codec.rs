//! The catalog's on-disk form: a magic, a format version, the sources' fingerprint, then the
//! documents, the index and the diagnostics, all little-endian. Any mismatch reads as "no cache".
//! The bytes are untrusted (a damaged or planted cache file): no count read from them sizes an
//! allocation beyond what the remaining bytes could hold, and a catalog whose ids, titles or tags
//! could not have come from the parser is refused.

use std::path::PathBuf;

use super::{Catalog, DocMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::library::{Origin, SourceKind};
use crate::sanitize;
use crate::search::Index;
use crate::topic::{Category, Difficulty, Level};

const MAGIC: &[u8; 8] = b"SWLCAT\0\x05";

pub fn encode(c: &Catalog, fingerprint: u64) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(1 << 16));
    w.0.extend_from_slice(MAGIC);
    w.u64(fingerprint);
    w.u32(c.docs.len() as u32);
    for d in &c.docs {
        w.str(&d.id);
        w.str(&d.title);
        w.strings(&d.tags);
        w.u8(index_of(Difficulty::ALL, &d.difficulty));
        w.u32(u32::from(d.minutes));
        w.u8(index_of(Category::ALL, &d.category));
        w.u8(d.level.map_or(255, |l| index_of(Level::ALL, &l)));
        w.u8(d.source as u8);
        match &d.origin {
            Origin::Bundled { name } => {
                w.u8(0);
                w.str(name);
            }
            Origin::File { path } => {
                w.u8(1);
                w.str(&path.to_string_lossy());
            }
        }
        w.str(&d.display);
        w.strings(&d.card_ids);
        w.strings(&d.labs);
        w.strings(&d.related);
    }
    let idx = &c.index;
    w.u32(idx.terms.len() as u32);
    for t in &idx.terms {
        w.str(t);
    }
    for s in &idx.starts {
        w.u32(*s);
    }
    for c in &idx.counts {
        w.u32(*c);
    }
    w.u32(idx.postings.len() as u32);
    w.0.extend_from_slice(&idx.postings);
    w.u32(idx.doc_len.len() as u32);
    for l in &idx.doc_len {
        w.f32(*l);
    }
    w.u32(c.diagnostics.len() as u32);
    for d in &c.diagnostics {
        w.str(&d.path);
        w.u32(d.line as u32);
        w.u32(d.col as u32);
        w.u8(u8::from(d.is_error()));
        w.str(&d.message);
    }
    w.0
}

/// How many items of at least `size` bytes each fit in `bytes` after `pos`, at most `n`.
#[cfg(test)]
pub fn room_for(bytes: &[u8], pos: usize, n: usize, size: usize) -> usize {
    Reader { bytes, pos }.room(n, size)
}

/// The fewest bytes one encoded document takes (empty strings and lists).
const MIN_DOC_BYTES: usize = 4 + 4 + 4 + 1 + 4 + 1 + 1 + 1 + 1 + 4 + 4 + 4 + 4 + 4;
/// The fewest bytes one encoded diagnostic takes.
const MIN_DIAGNOSTIC_BYTES: usize = 4 + 4 + 4 + 1 + 4;

/// Whether a document could have come from the parser: a valid id, and a title and tags without
/// control characters (they are printed as they are).
fn plausible(d: &DocMeta) -> bool {
    crate::front_matter::is_valid_id(&d.id)
        && !d.title.is_empty()
        && !sanitize::has_controls(&d.title)
        && d.tags.iter().all(|t| !sanitize::has_controls(t))
}

fn index_of<T: PartialEq>(all: &[T], v: &T) -> u8 {
    all.iter().position(|x| x == v).unwrap_or(0) as u8
}

#[allow(clippy::too_many_lines)] // One flat pass over the format, mirroring `encode`.
pub fn decode(bytes: &[u8], fingerprint: u64) -> Option<Catalog> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(8)? != MAGIC || r.u64()? != fingerprint {
        return None;
    }
    let ndocs = r.u32()? as usize;
    let mut docs = Vec::with_capacity(r.room(ndocs, MIN_DOC_BYTES));
    for _ in 0..ndocs {
        let id = r.string()?;
        let title = r.string()?;
        let tags = r.strings()?;
        let difficulty = *Difficulty::ALL.get(r.u8()? as usize)?;
        let minutes = u16::try_from(r.u32()?).ok()?;
        let category = *Category::ALL.get(r.u8()? as usize)?;
        let level = match r.u8()? {
            255 => None,
            i => Some(*Level::ALL.get(i as usize)?),
        };
        let source = match r.u8()? {
            0 => SourceKind::Bundled,
            1 => SourceKind::User,
            2 => SourceKind::Env,
            3 => SourceKind::Flag,
            _ => return None,
        };
        let origin = match r.u8()? {
            0 => Origin::Bundled { name: r.string()? },
            1 => Origin::File {
                path: PathBuf::from(r.string()?),
            },
            _ => return None,
        };
        let display = r.string()?;
        let card_ids = r.strings()?;
        let labs = r.strings()?;
        let related = r.strings()?;
        docs.push(DocMeta {
            id,
            title,
            tags,
            difficulty,
            minutes,
            category,
            level,
            source,
            origin,
            display,
            card_ids,
            labs,
            related,
        });
    }
    let nterms = r.u32()? as usize;
    let mut terms = Vec::with_capacity(r.room(nterms, 4));
    for _ in 0..nterms {
        terms.push(r.string()?);
    }
    let mut starts = Vec::with_capacity(r.room(nterms.saturating_add(1), 4));
    for _ in 0..=nterms {
        starts.push(r.u32()?);
    }
    let mut counts = Vec::with_capacity(r.room(nterms, 4));
    for _ in 0..nterms {
        counts.push(r.u32()?);
    }
    let npost = r.u32()? as usize;
    let postings = r.take(npost)?.to_vec();
    let ndl = r.u32()? as usize;
    let mut doc_len = Vec::with_capacity(r.room(ndl, 4));
    for _ in 0..ndl {
        doc_len.push(r.f32()?);
    }
    let index = Index {
        terms,
        starts,
        counts,
        postings,
        doc_len,
    };
    if index.doc_len.len() != docs.len()
        || !index.is_consistent()
        || !index.doc_len.iter().all(|l| l.is_finite() && *l >= 0.0)
        || !docs.iter().all(plausible)
    {
        return None;
    }
    let ndiag = r.u32()? as usize;
    let mut diagnostics = Vec::with_capacity(r.room(ndiag, MIN_DIAGNOSTIC_BYTES));
    for _ in 0..ndiag {
        let path = r.string()?;
        let line = r.u32()? as usize;
        let col = r.u32()? as usize;
        let severity = if r.u8()? == 1 {
            Severity::Error
        } else {
            Severity::Warning
        };
        let message = r.string()?;
        diagnostics.push(Diagnostic {
            path,
            line,
            col,
            severity,
            message,
        });
    }
    (r.pos == bytes.len()).then_some(Catalog {
        docs,
        index,
        diagnostics,
    })
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn f32(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    /// A count, then the strings.
    fn strings(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// How many of `n` items of at least `size` bytes each the unread bytes could hold: the
    /// capacity to reserve for a count read from the file.
    fn room(&self, n: usize, size: usize) -> usize {
        n.min((self.bytes.len() - self.pos) / size.max(1))
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let out = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(out)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn string(&mut self) -> Option<String> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
    /// A count, then the strings (as `Writer::strings` wrote them).
    fn strings(&mut self) -> Option<Vec<String>> {
        let n = self.u32()? as usize;
        let mut out = Vec::with_capacity(self.room(n, 4));
        for _ in 0..n {
            out.push(self.string()?);
        }
        Some(out)
    }
}
