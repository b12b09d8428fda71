package officialskg.cli;

import officialskg.vocab.Prefixes;
import org.apache.jena.shared.PrefixMapping;

/** Declares the project's standard prefixes on a Jena prefix mapping before RIOT writes it. */
final class RdfPrefixes {

    private RdfPrefixes() {
    }

    static void apply(PrefixMapping mapping) {
        Prefixes.STANDARD.forEach(mapping::setNsPrefix);
    }
}
