//! Tag inventories: universal POS tags, Penn Treebank tags (XPOS) and UD
//! English dependency relations.

use std::fmt;

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order (the index is `self as usize`).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in CoNLL-U.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }

            /// Parses the CoNLL-U name.
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$variant),)+ _ => None }
            }

            pub(crate) fn from_index(i: usize) -> Option<$name> {
                Self::ALL.get(i).copied()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// Universal part-of-speech tag (UD v2).
    Upos {
        Adj = "ADJ", Adp = "ADP", Adv = "ADV", Aux = "AUX", Cconj = "CCONJ", Det = "DET",
        Intj = "INTJ", Noun = "NOUN", Num = "NUM", Part = "PART", Pron = "PRON", Propn = "PROPN",
        Punct = "PUNCT", Sconj = "SCONJ", Sym = "SYM", Verb = "VERB", X = "X",
    }
}

string_enum! {
    /// Penn Treebank tag as used in the XPOS column of UD English.
    Xpos {
        Add = "ADD", Afx = "AFX", Cc = "CC", Cd = "CD", Dt = "DT", Ex = "EX", Fw = "FW",
        Gw = "GW", Hyph = "HYPH", In = "IN", Jj = "JJ", Jjr = "JJR", Jjs = "JJS", Ls = "LS",
        Md = "MD", Nfp = "NFP", Nn = "NN", Nnp = "NNP", Nnps = "NNPS", Nns = "NNS", Pdt = "PDT",
        Pos = "POS", Prp = "PRP", PrpS = "PRP$", Rb = "RB", Rbr = "RBR", Rbs = "RBS", Rp = "RP",
        Sym = "SYM", To = "TO", Uh = "UH", Vb = "VB", Vbd = "VBD", Vbg = "VBG", Vbn = "VBN",
        Vbp = "VBP", Vbz = "VBZ", Wdt = "WDT", Wp = "WP", WpS = "WP$", Wrb = "WRB",
        Dollar = "$", Comma = ",", Colon = ":", Period = ".", OpenQuote = "``",
        CloseQuote = "''", Lrb = "-LRB-", Rrb = "-RRB-", Xx = "XX",
    }
}

string_enum! {
    /// Universal dependency relation, with the subtypes of UD English.
    Deprel {
        Root = "root", Punct = "punct", Case = "case", Nsubj = "nsubj", Det = "det",
        Advmod = "advmod", Obj = "obj", Amod = "amod", Obl = "obl", Conj = "conj",
        Compound = "compound", Mark = "mark", Nmod = "nmod", Cc = "cc", Aux = "aux",
        Cop = "cop", Advcl = "advcl", NmodPoss = "nmod:poss", Xcomp = "xcomp",
        Ccomp = "ccomp", AclRelcl = "acl:relcl", Flat = "flat", Parataxis = "parataxis",
        Nummod = "nummod", Appos = "appos", Acl = "acl", AuxPass = "aux:pass",
        NsubjPass = "nsubj:pass", OblUnmarked = "obl:unmarked", NmodUnmarked = "nmod:unmarked",
        Discourse = "discourse", CompoundPrt = "compound:prt", Iobj = "iobj", List = "list",
        Expl = "expl", Fixed = "fixed", NmodDesc = "nmod:desc", OblAgent = "obl:agent",
        Csubj = "csubj", NsubjOuter = "nsubj:outer", DetPredet = "det:predet",
        Vocative = "vocative", Goeswith = "goeswith", AdvclRelcl = "advcl:relcl",
        CcPreconj = "cc:preconj", Reparandum = "reparandum", Orphan = "orphan",
        CsubjPass = "csubj:pass", Dislocated = "dislocated", Dep = "dep",
        CsubjOuter = "csubj:outer", OblTmod = "obl:tmod", OblNpmod = "obl:npmod",
        NmodTmod = "nmod:tmod", NmodNpmod = "nmod:npmod", FlatForeign = "flat:foreign",
        Clf = "clf", Expl2 = "expl:pv",
    }
}

impl Deprel {
    /// Parses a relation, falling back to the universal part of an unknown
    /// subtype (`obl:foo` -> `obl`) and then to `dep`.
    pub fn parse_lenient(s: &str) -> Deprel {
        Deprel::parse(s)
            .or_else(|| s.split(':').next().and_then(Deprel::parse))
            .unwrap_or(Deprel::Dep)
    }

    /// The universal part of the relation (`nsubj:pass` -> `nsubj`).
    pub fn universal(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }
}

impl Upos {
    /// Open-class content words and auxiliaries that can head a clause.
    pub fn is_verbal(self) -> bool {
        matches!(self, Upos::Verb | Upos::Aux)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for &u in Upos::ALL {
            assert_eq!(Upos::parse(u.as_str()), Some(u));
        }
        for &x in Xpos::ALL {
            assert_eq!(Xpos::parse(x.as_str()), Some(x));
        }
        for &d in Deprel::ALL {
            assert_eq!(Deprel::parse(d.as_str()), Some(d));
        }
        assert_eq!(Deprel::parse_lenient("obl:foo"), Deprel::Obl);
        assert_eq!(Deprel::parse_lenient("zzz"), Deprel::Dep);
        assert_eq!(Deprel::NsubjPass.universal(), "nsubj");
    }
}
