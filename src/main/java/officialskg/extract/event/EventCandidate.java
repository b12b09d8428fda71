package officialskg.extract.event;

/** An event name found by one of the rules: {@code [from, to)} in UTF-16 indexes of the text. */
record EventCandidate(int from, int to, double confidence) {

    boolean contains(EventCandidate other) {
        return from <= other.from && other.to <= to && (to - from) > (other.to - other.from);
    }
}
