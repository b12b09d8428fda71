package officialskg.store;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.XSD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parameter a query file declares in its header comments, and the conversion of a value given on the command line
 * into an RDF term. The term replaces the variable of the same name in the parsed query, so a value can never
 * change the query's structure.
 *
 * <pre>
 * # @param from xsd:date  first publication date (inclusive)
 * # @param entity iri     the entity
 * # @param name lang:ko   a label in Korean
 * # @default from 2000-01-01
 * </pre>
 *
 * @param type {@code iri}, {@code string}, {@code lang:TAG} or an XSD datatype such as {@code xsd:date}
 */
public record QueryParameter(String name, String type, String description, Optional<String> defaultValue) {

    private static final Pattern PARAM = Pattern.compile("^\\s*#\\s*@param\\s+(\\w+)\\s+(\\S+)\\s*(.*)$");
    private static final Pattern DEFAULT = Pattern.compile("^\\s*#\\s*@default\\s+(\\w+)(?:\\s+(.*?))?\\s*$");

    /** The parameters declared in a query's comments, in declaration order. */
    public static List<QueryParameter> declaredIn(String sparql) {
        var params = new ArrayList<QueryParameter>();
        var defaults = new java.util.HashMap<String, String>();
        for (String line : sparql.lines().toList()) {
            Matcher param = PARAM.matcher(line);
            Matcher deflt = DEFAULT.matcher(line);
            if (param.matches()) {
                checkType(param.group(1), param.group(2));
                params.add(new QueryParameter(param.group(1), param.group(2), param.group(3).strip(), Optional.empty()));
            } else if (deflt.matches()) {
                // "# @default name" alone makes the empty string the default (an optional filter left open).
                defaults.put(deflt.group(1), deflt.group(2) == null ? "" : deflt.group(2));
            }
        }
        return params.stream().map(p -> new QueryParameter(p.name, p.type, p.description,
                Optional.ofNullable(defaults.get(p.name)))).toList();
    }

    /** The RDF term for {@code value}, or a {@link StoreException} naming this parameter and what is wrong. */
    public Node toNode(String value, PrefixMapping prefixes) {
        if (type.equals("iri")) {
            return iri(value, prefixes);
        }
        if (type.equals("string")) {
            return NodeFactory.createLiteralString(value);
        }
        if (type.startsWith("lang:")) {
            return NodeFactory.createLiteralLang(value, type.substring(5));
        }
        RDFDatatype datatype = datatype(type);
        if (!datatype.isValid(value)) {
            throw new StoreException("parameter " + name + ": \"" + value + "\" is not a valid " + type);
        }
        return NodeFactory.createLiteralDT(value, datatype);
    }

    /** An absolute IRI, given plainly, in angle brackets, or as a prefixed name the query declares. */
    private Node iri(String value, PrefixMapping prefixes) {
        String text = value.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1);
        }
        int colon = text.indexOf(':');
        if (colon > 0 && prefixes.getNsPrefixURI(text.substring(0, colon)) != null && !text.contains("//")) {
            text = prefixes.expandPrefix(text);
        }
        try {
            IRIx iri = IRIx.create(text);
            if (!iri.isReference()) {
                throw new StoreException("parameter " + name + ": \"" + value + "\" is not an absolute IRI");
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new StoreException("parameter " + name + ": \"" + value + "\" is not an IRI (" + e.getMessage() + ")");
        }
    }

    private static void checkType(String name, String type) {
        if (!type.equals("iri") && !type.equals("string") && !type.matches("lang:[A-Za-z]+(-[A-Za-z0-9]+)*")) {
            datatype(type);
        }
    }

    private static RDFDatatype datatype(String type) {
        RDFDatatype datatype = type.startsWith("xsd:")
                ? TypeMapper.getInstance().getTypeByName(XSD.NS + type.substring(4))
                : null;
        if (datatype == null) {
            throw new StoreException("unknown parameter type " + type + " (use iri, string, lang:TAG or xsd:TYPE)");
        }
        return datatype;
    }

    /** {@code from (xsd:date: first publication date)} for error messages and help. */
    public String describe() {
        return name + " (" + type + (description.isEmpty() ? "" : ": " + description)
                + defaultValue.map(d -> ", default " + d).orElse("") + ")";
    }

    static String describeAll(List<QueryParameter> params) {
        return params.isEmpty() ? "this query declares no parameters"
                : "declared: " + String.join(", ", params.stream().map(QueryParameter::describe).toList());
    }

    static void requireKnown(Map<String, String> given, List<QueryParameter> declared) {
        for (String name : given.keySet()) {
            if (declared.stream().noneMatch(p -> p.name.equals(name))) {
                throw new StoreException("unknown parameter " + name + "; " + describeAll(declared));
            }
        }
    }
}
