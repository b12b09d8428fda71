package officialskg.store;

/** Export formats: TURTLE and JSONLD hold triples (the union graph), TRIG and NQUADS keep the named graphs. */
public enum ExportFormat {
    TURTLE(false), TRIG(true), NQUADS(true), JSONLD(false);

    private final boolean keepsGraphs;

    ExportFormat(boolean keepsGraphs) {
        this.keepsGraphs = keepsGraphs;
    }

    public boolean keepsGraphs() {
        return keepsGraphs;
    }
}
