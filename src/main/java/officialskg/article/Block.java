package officialskg.article;

/** One paragraph or caption of body text, before it is placed into the article text. */
record Block(String text, TextSpan.Kind kind) {
}
