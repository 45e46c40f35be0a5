package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import kb.model.ArticleId;
import kb.model.Modified;
import kb.model.Versions;

/** The fields an article's header gives, before its body is read. Built by one scanner, then frozen. */
final class Header {
    ArticleId id;
    String title = "";
    Modified modified = Modified.NONE;
    List<String> productCodes = new ArrayList<>();
    List<String> productNames = new ArrayList<>();
    Versions versions = Versions.NONE;
    List<String> operatingSystems = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    /** The line the body starts on, as an index into the scanner's lines. */
    int bodyStart;
}
