-- Signatures of a faster hash family (dragoman_merge::dedup: one 128-bit
-- product for two hash functions over the shingle's hash, instead of a
-- SplitMix64 finaliser each). Signatures of the earlier family cannot be
-- compared with new ones: they, their bands and their groups go, and the
-- migration signs every stored document again, in id order.
DELETE FROM signature_bands_recent;
DELETE FROM signature_bands;
DELETE FROM signatures;
