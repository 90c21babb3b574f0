package cn.vocstat.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bureau tells schools about resubmitting, from the optional {@code <input>/<year>/报送要求.csv}
 * (项目, 内容: 截止日期, 报送方式, 联系人, 联系电话, 电子邮箱): each school's feedback carries it, so a
 * school that must correct its return knows by when, how and whom to ask.
 */
public record SubmissionNotice(String deadline, String how, String contact, String phone, String email) {

    public static final String FILE = "报送要求.csv";
    /** The items a line of the file may give. */
    public static final List<String> ITEMS = List.of("截止日期", "报送方式", "联系人", "联系电话", "电子邮箱");

    public static final SubmissionNotice NONE = new SubmissionNotice("", "", "", "", "");

    /** The notice with one item set, as a line of the file gives it. */
    SubmissionNotice with(String item, String text) {
        return switch (item) {
            case "截止日期" -> new SubmissionNotice(text, how, contact, phone, email);
            case "报送方式" -> new SubmissionNotice(deadline, text, contact, phone, email);
            case "联系人" -> new SubmissionNotice(deadline, how, text, phone, email);
            case "联系电话" -> new SubmissionNotice(deadline, how, contact, text, email);
            case "电子邮箱" -> new SubmissionNotice(deadline, how, contact, phone, text);
            default -> throw new IllegalArgumentException(item);
        };
    }

    /** What a school's list asks of it: to correct and resubmit (errors), to verify (warnings), or nothing. */
    public enum Asked { RESUBMIT, VERIFY, NOTHING }

    /** The lines of a school's feedback: by when and how to answer where it is asked to, and whom to ask in any case. */
    public List<String> lines(Asked asked) {
        List<String> lines = new ArrayList<>();
        String by = deadline.isEmpty() ? "" : "请于 " + deadline + " 前";
        String sent = how.isEmpty() ? "" : (by.isEmpty() ? "" : "，") + how;
        if (asked == Asked.RESUBMIT && (!by.isEmpty() || !how.isEmpty())) {
            lines.add("重新报送：" + (by.isEmpty() ? "" : by + "修改后重新报送") + sent + "。");
        } else if (asked == Asked.VERIFY && !by.isEmpty()) {
            lines.add("核实警告：" + by + "在“情况说明”表中说明或修改后重新报送" + sent + "。");
        }
        List<String> whom = new ArrayList<>();
        if (!contact.isEmpty()) {
            whom.add("联系人 " + contact);
        }
        if (!phone.isEmpty()) {
            whom.add("电话 " + phone);
        }
        if (!email.isEmpty()) {
            whom.add("邮箱 " + email);
        }
        if (!whom.isEmpty()) {
            lines.add("如有疑问：" + String.join("，", whom) + "。");
        }
        return lines;
    }
}
