package dev.newsdesk.ingest.enrich;

import java.util.regex.Pattern;

/** Tells photo captions from article text, and file photos (taken at other events) from photos of the story. */
final class PhotoCaptions {

    private static final Pattern FILE_CAPTION = Pattern.compile("^\\s*FILE(\\s+PHOTO)?\\s*[-–—:]");

    /** A credit closing a caption: "Photo: AFP", "(REUTERS)", "(AP Photo/Jane Doe)", "Credit: Getty Images". */
    private static final Pattern CREDIT = Pattern.compile(
            "\\s*(?:(?:Photo(?:graph)?|Image|Picture|Credit|Source):\\s*[^.:]{1,60}"
                    + "|\\((?:REUTERS|Reuters|AFP|AP|EPA|XINHUA|Xinhua|HANDOUT|Handout|[^()]*(?:Photo|PHOTO|Getty|/)[^()]*)\\))\\.?\\s*$");

    private PhotoCaptions() {
    }

    static boolean isCaption(String paragraph) {
        return isFileCaption(paragraph) || CREDIT.matcher(paragraph).find();
    }

    static boolean isFileCaption(String paragraph) {
        return FILE_CAPTION.matcher(paragraph).find();
    }

    static String withoutCredit(String paragraph) {
        return CREDIT.matcher(paragraph).replaceFirst("");
    }
}
