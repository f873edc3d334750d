//! [`NerTagger`]: finds PER, ORG and LOC entities in tokenized sentences,
//! and [`train_ner`], which learns one from IOB2 sentences.

use std::path::Path;
use std::sync::OnceLock;

use dragoman_actors::Gazetteer;
use dragoman_core::Span;
use dragoman_nlp::{Analysis, Tagger, Tags};

use crate::bio::{spans, BioTag, EntityKind, EntitySpan};
use crate::error::NerError;
use crate::features::{fmix, sentence_features, word_stats, DocContext, WordStats, FEATURE_SET};
use crate::iob2::documents;
use crate::iob2::NerSentence;
use crate::model::{Trainer, Weights};
use crate::score::NerScores;

/// The shipped weights (`models/ner.dner`).
const NER_MODEL: &[u8] = include_bytes!("../models/ner.dner");

/// A named-entity tagger: the perceptron weights plus the POS tagger and
/// gazetteer its features read.
pub struct NerTagger {
    pub(crate) pos: Tagger,
    gazetteer: Gazetteer,
    weights: Weights,
}

impl NerTagger {
    /// The shipped model (compiled in).
    pub fn builtin() -> Result<NerTagger, NerError> {
        NerTagger::from_bytes(NER_MODEL, "models/ner.dner")
    }

    /// The shipped model, loaded once per process.
    pub fn shared() -> Result<&'static NerTagger, NerError> {
        static SHARED: OnceLock<Result<NerTagger, String>> = OnceLock::new();
        SHARED
            .get_or_init(|| NerTagger::builtin().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| NerError::model("models/ner.dner", e.clone()))
    }

    /// Reads a model file written by [`NerTagger::to_bytes`].
    pub fn load(path: &Path) -> Result<NerTagger, NerError> {
        let data = std::fs::read(path).map_err(|e| NerError::io(path, e))?;
        NerTagger::from_bytes(&data, &path.display().to_string())
    }

    /// Parses model bytes; `name` names them in errors.
    pub fn from_bytes(data: &[u8], name: &str) -> Result<NerTagger, NerError> {
        Ok(NerTagger {
            pos: Tagger::builtin()?,
            gazetteer: Gazetteer::builtin(),
            weights: Weights::from_bytes(data, name, FEATURE_SET)?,
        })
    }

    /// The model file (see [`crate::model`] for the format), without weights
    /// whose magnitude is below `min_weight`.
    pub fn to_bytes(&self, min_weight: f32) -> Vec<u8> {
        self.weights.to_bytes(FEATURE_SET, min_weight)
    }

    /// Number of feature rows in the model.
    pub fn n_features(&self) -> usize {
        self.weights.n_rows()
    }

    /// One BIO tag per word (always a well-formed sequence); the sentence
    /// is taken as a document of its own.
    pub fn tag(&self, words: &[&str]) -> Vec<BioTag> {
        self.tag_document(&[words]).pop().unwrap_or_default()
    }

    /// The tags of each sentence of one document: how the other sentences
    /// write a word (capitalised or not) is a feature of each occurrence.
    pub fn tag_document(&self, sentences: &[&[&str]]) -> Vec<Vec<BioTag>> {
        let pos: Vec<Tags> = sentences.iter().map(|w| self.pos.tag(w)).collect();
        self.tag_document_with(sentences, &pos)
    }

    /// [`NerTagger::tag_document`] with the sentences' POS tags already
    /// known (from dragoman-nlp's tagger, as the model was trained with):
    /// a pipeline that has tagged the text does not tag it twice.
    /// `pos[i]` holds one tag per word of `sentences[i]`; a missing or
    /// short entry is read as unknown tags.
    pub fn tag_document_with(&self, sentences: &[&[&str]], pos: &[Tags]) -> Vec<Vec<BioTag>> {
        let doc = DocContext::new(sentences);
        let none = Tags::default();
        sentences
            .iter()
            .enumerate()
            .map(|(i, words)| self.decode(&doc, words, pos.get(i).unwrap_or(&none)))
            .collect()
    }

    /// The entities of an analysed text (dragoman-nlp's tokens, sentences
    /// and POS tags, which are not computed again), as UTF-8 byte spans of
    /// `text`, the text that was analysed, in text order, in the sentences
    /// (by index) that `wanted` accepts; all sentences still inform the
    /// document features.
    pub fn analysis_entities_where(
        &self,
        text: &str,
        analysis: &Analysis,
        wanted: impl Fn(usize) -> bool,
    ) -> Vec<(Span, EntityKind)> {
        let tokens = &analysis.tokens;
        let ranges: Vec<std::ops::Range<usize>> = analysis
            .sentences
            .iter()
            .map(|s| s.tokens.clone())
            .collect();
        let words: Vec<Vec<&str>> = ranges
            .iter()
            .map(|r| {
                tokens[r.clone()]
                    .iter()
                    .map(|t| text.get(t.span.start..t.span.end).unwrap_or(""))
                    .collect()
            })
            .collect();
        let refs: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
        let doc = DocContext::new(&refs);
        let mut out = Vec::new();
        for (i, (r, words)) in ranges.iter().zip(&refs).enumerate() {
            if !wanted(i) {
                continue;
            }
            let tags = Tags {
                upos: tokens[r.clone()].iter().map(|t| t.upos).collect(),
                xpos: tokens[r.clone()].iter().map(|t| t.xpos).collect(),
            };
            for e in spans(&self.decode(&doc, words, &tags)) {
                let (first, last) = (&tokens[r.start + e.start], &tokens[r.start + e.end - 1]);
                out.push((Span::new(first.span.start, last.span.end), e.kind));
            }
        }
        out
    }

    /// The tags of one sentence of document `doc`.
    fn decode(&self, doc: &DocContext, words: &[&str], tags: &Tags) -> Vec<BioTag> {
        let f = sentence_features(tags, &self.gazetteer, &self.weights.words, doc, words);
        self.weights
            .decode(&f.tokens)
            .into_iter()
            .map(|c| BioTag::from_index(c).unwrap_or(BioTag::O))
            .collect()
    }

    /// The entities of each sentence of one document.
    pub fn document_entities(&self, sentences: &[&[&str]]) -> Vec<Vec<EntitySpan>> {
        self.tag_document(sentences)
            .iter()
            .map(|t| spans(t))
            .collect()
    }

    /// Was `word` (lower-case) seen in the treebank the model's word
    /// statistics come from? A test of whether text is English: most
    /// lower-case words of English text are, few of other languages'.
    pub fn knows_word(&self, word: &str) -> bool {
        self.weights
            .words
            .contains_key(&crate::features::hash_str(word))
    }

    /// The entities in a sentence, as word ranges.
    pub fn entities(&self, words: &[&str]) -> Vec<EntitySpan> {
        spans(&self.tag(words))
    }

    /// Span scores of this tagger on annotated sentences, tagged document
    /// by document ([`crate::iob2::documents`]).
    pub fn evaluate(&self, sentences: &[NerSentence]) -> NerScores {
        let mut scores = NerScores::default();
        for d in documents(sentences) {
            let doc = &sentences[d];
            let forms: Vec<Vec<&str>> = doc.iter().map(NerSentence::forms).collect();
            let refs: Vec<&[&str]> = forms.iter().map(Vec::as_slice).collect();
            for (s, pred) in doc.iter().zip(self.tag_document(&refs)) {
                scores.add_sentence(&s.tags, &pred);
            }
        }
        scores
    }
}

/// Settings of [`train_ner`].
#[derive(Debug, Clone)]
pub struct NerTraining {
    /// Passes over the training set.
    pub epochs: usize,
    /// Seed of the shuffle before each pass.
    pub seed: u64,
    /// Added to the score of each `B-` tag after training (in units of one
    /// perceptron update): more entities, more recall, less precision.
    pub entity_bias: f32,
    /// Share of training tokens (in each pass) whose word-identity features
    /// are hidden, so that the other features learn to find names never
    /// seen in training.
    pub word_dropout: f32,
    /// Number of perceptrons trained with different shuffles and averaged
    /// into one (less variance).
    pub ensemble: usize,
    /// A second POS tagger (a `.dnlp` file): each training sentence is
    /// learned twice, once with the built-in tagger's tags and once with
    /// this one's. The built-in tagger was trained on the treebank
    /// sentences that UNER annotates, so its tags on them are better than
    /// on new text; a tagger trained without them (EWT train alone, for
    /// UNER dev) adds the tagging errors the model meets at run time. The
    /// trained model tags with the built-in tagger.
    pub second_pos: Option<std::path::PathBuf>,
}

impl Default for NerTraining {
    fn default() -> Self {
        NerTraining {
            epochs: 12,
            seed: 4,
            entity_bias: 0.0,
            word_dropout: 0.3,
            ensemble: 8,
            second_pos: None,
        }
    }
}

/// Progress after one training pass.
#[derive(Debug, Clone)]
pub struct NerEpochReport {
    pub epoch: usize,
    /// Share of training tokens tagged wrongly during the pass.
    pub train_token_error: f64,
    /// Span F1 on the dev sentences (with the averaged weights), if any.
    pub dev_f1: Option<f64>,
}

/// A sentence ready for training: its token features and gold classes.
struct Prepared {
    tokens: Vec<Vec<u64>>,
    lexical: Vec<usize>,
    gold: Vec<usize>,
}

/// Trains a tagger on `train`; `dev` (may be empty) is only scored after each
/// pass, for the report. `treebank` (may be empty) gives the word statistics
/// features read (capitalisation and proper-noun rates; its entity labels,
/// if any, are not used). Deterministic for a given seed.
pub fn train_ner(
    train: &[NerSentence],
    dev: &[NerSentence],
    treebank: &[dragoman_nlp::conllu::ConlluSentence],
    opts: &NerTraining,
    mut progress: impl FnMut(&NerEpochReport),
) -> Result<NerTagger, NerError> {
    train_with_stats(train, dev, word_stats(treebank), opts, &mut progress)
}

/// [`train_ner`] with the word statistics already computed (cross-validation
/// computes them once for all folds).
pub(crate) fn train_with_stats(
    train: &[NerSentence],
    dev: &[NerSentence],
    stats: WordStats,
    opts: &NerTraining,
    progress: &mut dyn FnMut(&NerEpochReport),
) -> Result<NerTagger, NerError> {
    if train.iter().all(|s| s.words.is_empty()) {
        return Err(NerError::Training("no training sentences".to_string()));
    }
    let pos = Tagger::builtin()?;
    let second_pos = match &opts.second_pos {
        Some(p) => Some(Tagger::load(p)?),
        None => None,
    };
    let gazetteer = Gazetteer::builtin();
    let prepare = |sentences: &[NerSentence], tagger: &Tagger| {
        let mut out = Vec::with_capacity(sentences.len());
        for d in documents(sentences) {
            let doc = &sentences[d];
            let forms: Vec<Vec<&str>> = doc.iter().map(NerSentence::forms).collect();
            let refs: Vec<&[&str]> = forms.iter().map(Vec::as_slice).collect();
            let context = DocContext::new(&refs);
            for (s, words) in doc.iter().zip(&refs) {
                let f = sentence_features(&tagger.tag(words), &gazetteer, &stats, &context, words);
                out.push(Prepared {
                    tokens: f.tokens,
                    lexical: f.lexical,
                    gold: s.tags.iter().map(|t| t.index()).collect(),
                });
            }
        }
        out
    };
    let mut prepared: Vec<Prepared> = Vec::new();
    if let Some(second) = &second_pos {
        prepared = prepare(train, second);
    }
    prepared.extend(prepare(train, &pos));
    let train = prepared;
    let dev_prepared: Vec<Prepared> = prepare(dev, &pos);
    let n_tokens: usize = train.iter().map(|s| s.gold.len()).sum();
    let members = opts.ensemble.max(1);
    let mut weights = Weights::zero();
    for member in 0..members {
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut rng = fmix(opts.seed.wrapping_add(member as u64)) | 1;
        let mut trainer = Trainer::new();
        for epoch in 1..=opts.epochs.max(1) {
            // Fisher-Yates with xorshift64*
            for i in (1..order.len()).rev() {
                rng ^= rng >> 12;
                rng ^= rng << 25;
                rng ^= rng >> 27;
                let j = (rng.wrapping_mul(0x2545_F491_4F6C_DD1D) % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            let mut wrong = 0;
            let drop = (opts.word_dropout.clamp(0.0, 1.0) as f64 * u32::MAX as f64) as u64;
            for &k in &order {
                let s = &train[k];
                if drop == 0 {
                    wrong += trainer.learn(&s.tokens, &s.gold);
                    continue;
                }
                let tokens: Vec<Vec<u64>> = s
                    .tokens
                    .iter()
                    .zip(&s.lexical)
                    .map(|(f, &l)| {
                        rng = fmix(rng.wrapping_add(0x9E37_79B9_7F4A_7C15));
                        if rng & 0xffff_ffff < drop {
                            f[l.min(f.len())..].to_vec()
                        } else {
                            f.clone()
                        }
                    })
                    .collect();
                wrong += trainer.learn(&tokens, &s.gold);
            }
            let dev_f1 = if dev_prepared.is_empty() {
                None
            } else {
                let mut w = trainer.averaged();
                w.words = stats.clone();
                w.add_entity_bias(opts.entity_bias);
                let mut scores = NerScores::default();
                for s in &dev_prepared {
                    let gold: Vec<BioTag> = s
                        .gold
                        .iter()
                        .filter_map(|&c| BioTag::from_index(c))
                        .collect();
                    let pred: Vec<BioTag> = w
                        .decode(&s.tokens)
                        .into_iter()
                        .filter_map(BioTag::from_index)
                        .collect();
                    scores.add_sentence(&gold, &pred);
                }
                Some(scores.overall().prf().f1)
            };
            progress(&NerEpochReport {
                epoch: member * opts.epochs.max(1) + epoch,
                train_token_error: wrong as f64 / n_tokens.max(1) as f64,
                dev_f1,
            });
        }
        weights.add_scaled(&trainer.averaged(), 1.0 / members as f32);
    }
    weights.words = stats;
    weights.add_entity_bias(opts.entity_bias);
    Ok(NerTagger {
        pos,
        gazetteer,
        weights,
    })
}
