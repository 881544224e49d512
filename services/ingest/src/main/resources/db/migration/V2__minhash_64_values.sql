-- Signatures grew from 32 to 64 values in bands of 4: band keys of the old scheme never match new ones.
-- Old articles keep their rows but leave the reprint index; they are re-indexed when they get a new revision.
truncate article_band;
