package io.fintechkg.extract;

/** One word of HanLP's segmentation, with its part of speech and its offsets in the article's clean text. */
record Token(String word, String pos, int start, int end) {

    boolean isPunctuation() {
        return pos.startsWith("w");
    }

    boolean isPersonName() {
        return pos.equals("nr") || pos.equals("nrf") || pos.equals("nr1") || pos.equals("nr2");
    }

    boolean isPlaceName() {
        return pos.equals("ns") || pos.equals("nsf");
    }

    /** Organisation-ish tags: HanLP's nt family, institution suffix words (nis) and proper nouns (nz). */
    boolean isOrganisationLike() {
        return pos.startsWith("nt") || pos.equals("nis") || pos.equals("nz") || pos.equals("j");
    }

    boolean isVerb() {
        return pos.startsWith("v") && !pos.equals("vn") && !pos.equals("vshi") && !pos.equals("vyou");
    }
}
