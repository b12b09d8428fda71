package officialskg.article;

/** How an input file is read; {@link #AUTO} detects from the name and the first bytes. */
public enum InputFormat { AUTO, TEXT, HTML, JSONL }
