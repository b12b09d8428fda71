package officialskg.store;

import officialskg.vocab.Prefixes;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs analyst SPARQL against the store's union graph. Parameters declared in a query's header
 * ({@link QueryParameter}) are bound by replacing variables in the parsed query with RDF terms — never by splicing
 * text — so a parameter value cannot change what the query does.
 */
public final class QueryRunner {

    public enum Format { TABLE, CSV, TSV, JSON }

    private final QueryTarget target;

    QueryRunner(QueryTarget target) {
        this.target = target;
    }

    /** The text of a query given as a name ({@code queriesDir/NAME.rq}) or as a path to an {@code .rq} file. */
    public static String resolve(String fileOrName, Path queriesDir) {
        boolean isPath = fileOrName.endsWith(".rq") || fileOrName.contains("/") || fileOrName.contains("\\");
        Path file = isPath ? Path.of(fileOrName) : queriesDir.resolve(fileOrName + ".rq");
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no query " + fileOrName + ": " + file + " does not exist"
                    + (isPath ? "" : " (available: " + String.join(", ", available(queriesDir)) + ")"));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read query " + file + ": " + e.getMessage(), e);
        }
    }

    /** Names of the {@code .rq} files in a folder, sorted; empty when the folder does not exist. */
    public static List<String> available(Path queriesDir) {
        if (!Files.isDirectory(queriesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(queriesDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a query (embedded: in a read transaction; remote: one request), stopping it with a {@link StoreException}
     * when it outlasts {@code timeout}.
     */
    public QueryResult run(String sparql, Map<String, String> params, Duration timeout) {
        List<QueryParameter> declared = QueryParameter.declaredIn(sparql);
        Query query = parse(sparql);
        Binding binding = bind(declared, params, query.getPrefixMapping());
        return target.execute(query, binding, timeout, exec -> collect(query, exec));
    }

    private static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new StoreException("query does not parse: " + e.getMessage().strip(), e);
        }
    }

    private static Binding bind(List<QueryParameter> declared, Map<String, String> given, PrefixMapping prefixes) {
        QueryParameter.requireKnown(given, declared);
        BindingBuilder binding = BindingBuilder.create();
        for (QueryParameter param : declared) {
            String value = given.containsKey(param.name()) ? given.get(param.name())
                    : param.defaultValue().orElseThrow(() -> new StoreException("parameter " + param.name()
                    + " needs a value (" + param.describe() + ")"));
            binding.add(Var.alloc(param.name()), param.toNode(value, prefixes));
        }
        return binding.build();
    }

    private static QueryResult collect(Query query, QueryExec exec) {
        PrefixMapping prefixes = query.getPrefixMapping();
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Var> vars = rows.getResultVars();
            List<Binding> all = new ArrayList<>();
            // Detached while the execution is open (embedded: inside the read transaction): TDB2 bindings fetch
            // their terms lazily, and a large store no longer holds them in its cache after the transaction.
            rows.forEachRemaining(row -> all.add(row.detach()));
            return new QueryResult(QueryResult.Kind.SELECT, vars, all, false, null, prefixes);
        }
        if (query.isAskType()) {
            return new QueryResult(QueryResult.Kind.ASK, List.of(), List.of(), exec.ask(), null, prefixes);
        }
        if (query.isConstructType()) {
            return new QueryResult(QueryResult.Kind.CONSTRUCT, List.of(), List.of(), false, exec.construct(),
                    prefixes);
        }
        return new QueryResult(QueryResult.Kind.DESCRIBE, List.of(), List.of(), false, exec.describe(), prefixes);
    }

    /** Writes a result: rows as a table, CSV, TSV or SPARQL JSON; graphs as Turtle (JSON-LD for {@code JSON}). */
    public void write(QueryResult result, Format format, OutputStream out) {
        switch (result.kind()) {
            case SELECT -> writeRows(result, format, out);
            case ASK -> {
                if (format == Format.TABLE) {
                    ResultSetFormatter.out(out, result.answer());
                } else {
                    ResultsWriter.create().lang(resultLang(format)).build().write(out, result.answer());
                }
            }
            case CONSTRUCT, DESCRIBE -> {
                result.graph().getPrefixMapping().setNsPrefixes(Prefixes.STANDARD)
                        .setNsPrefixes(result.prefixes());
                RDFDataMgr.write(out, result.graph(), format == Format.JSON ? RDFFormat.JSONLD : RDFFormat.TURTLE);
            }
        }
    }

    private static void writeRows(QueryResult result, Format format, OutputStream out) {
        RowSet rows = RowSetStream.create(result.variables(), result.rows().iterator());
        if (format == Format.TABLE) {
            PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.STANDARD)
                    .setNsPrefixes(result.prefixes());
            ResultSetFormatter.out(out, ResultSet.adapt(rows), prefixes);
        } else {
            ResultsWriter.create().lang(resultLang(format)).build().write(out, rows);
        }
    }

    private static Lang resultLang(Format format) {
        return switch (format) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON, TABLE -> ResultSetLang.RS_JSON;
        };
    }
}
