package officialskg.server.web;

/** A small HTML writer that escapes every piece of text it is given; markup comes only from this class's callers. */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Literal markup, written as is: never pass data here. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    Html tag(String name, String text) {
        return raw("<" + name + ">").text(text).raw("</" + name + ">");
    }

    Html link(String href, String text) {
        return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Opens a page with the common header (title, search box, links). */
    static Html page(String title) {
        return new Html().raw("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>")
                .text(title + " · Officials KG")
                .raw("</title><link rel=\"stylesheet\" href=\"/kg.css\"></head><body><header><a href=\"/\">Officials KG</a>"
                        + "<form action=\"/search\" method=\"get\"><input name=\"q\" placeholder=\"검색 (예: 서울시장)\">"
                        + "<button>Search</button></form></header><main>");
    }

    String end() {
        return out.append("</main></body></html>").toString();
    }
}
