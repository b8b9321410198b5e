;;; lsp-mode.el --- A real Emacs with lsp-mode drives the built server.  -*- lexical-binding: t -*-
;; emacs --batch -l lsp-mode.el (site files load: Debian's elpa-lsp-mode); environment as for neovim.lua:
;; TREATY_SERVER, TREATY_FILE, TREATY_OUT (and TREATY_MODE, TREATY_NEEDLE, TREATY_SHIFT).  lsp-mode is not
;; eglot: its own position conversion (lsp--position-to-point, lsp--range-to-region), its own capabilities
;; (semantic tokens, code lens, folding, inlay hints, prepareRename…) and its own settings push
;; (workspace/didChangeConfiguration).  Definition and rename are its commands (lsp-find-definition moves
;; point; lsp-rename asks prepareRename, then applies the edit); the outline, hover and completion are asked
;; with its request function at its own positions.

(require 'lsp-mode)
;; What a user's lsp-mode has loaded (lsp-mode's autoloads start them with the first workspace): the modeline,
;; headerline, code lens, semantic tokens, completion and diagnostics parts.
(dolist (f '(lsp-modeline lsp-headerline lsp-lens lsp-semantic-tokens lsp-completion lsp-diagnostics lsp-icons))
  (require f nil t))
(require 'json)
(load (expand-file-name "treaty-common.el" (file-name-directory (or load-file-name buffer-file-name))) nil t)

;; Errors and warnings lsp-mode holds for the buffer, each with the text its range covers by lsp-mode's conversion.
(defun treaty-problems ()
  (cl-loop for d in (lsp--get-buffer-diagnostics)
           when (<= (lsp:diagnostic-severity? d) 2)
           collect (pcase-let ((`(,beg . ,end) (lsp--range-to-region (lsp:diagnostic-range d))))
                     (list (cons 'code (lsp:diagnostic-code? d))
                           (cons 'text (buffer-substring-no-properties beg end))))))

(defun treaty-names (symbols)
  (cl-loop for s in (append symbols nil)
           append (cons (lsp:document-symbol-name s)
                        (let ((children (lsp:document-symbol-children? s))) (and children (treaty-names children))))))

(setq lsp-client-packages nil
      lsp-session-file (expand-file-name "session" (make-temp-file "treaty-lsp" t))
      lsp-enable-snippet nil
      lsp-enable-file-watchers nil
      lsp-restart 'ignore
      lsp-keep-workspace-alive nil
      lsp-auto-guess-root nil
      lsp-enable-suggest-server-download nil
      lsp-warn-no-matched-clients nil)
(add-to-list 'lsp-language-id-configuration '(text-mode . "markdown"))
(add-hook 'lsp-diagnostics-updated-hook (lambda () (setq treaty-published (1+ treaty-published))))

(condition-case err
    (catch 'treaty-done
      (let* ((server (getenv "TREATY_SERVER"))
             (file (getenv "TREATY_FILE"))
             (root (directory-file-name (file-name-directory file))))
        (lsp-register-client
         (make-lsp-client :new-connection (lsp-stdio-connection (list "node" server "--stdio"))
                          :activation-fn (lsp-activate-on "markdown")
                          :priority 10
                          :server-id 'treaty))
        (lsp-workspace-folders-add root)
        (find-file file)
        (text-mode)
        (lsp)
        (treaty-wait (lambda () (> treaty-published 0)) "diagnostics")
        (treaty-answer 'initialDiagnostics (treaty-problems))
        (treaty-answer 'symbols (treaty-names (lsp-request "textDocument/documentSymbol"
                                                           (list :textDocument (lsp--text-document-identifier)))))
        ;; Definition of a reference: lsp-find-definition moves point (one location: no list shown).
        (treaty-goto (or (getenv "TREATY_NEEDLE") "本协议第十二条") (string-to-number (or (getenv "TREATY_SHIFT") "4")))
        (let ((from (line-number-at-pos)))
          (lsp-find-definition)
          (treaty-wait (lambda () (/= (line-number-at-pos) from)) "point to move to the definition"))
        (treaty-answer 'definitionLine (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
        (when (equal (getenv "TREATY_MODE") "read") (throw 'treaty-done nil))
        ;; Hover on it
        (treaty-goto "本协议第十二条" 4)
        (let ((contents (lsp:hover-contents (lsp-request "textDocument/hover" (lsp--text-document-position-params)))))
          (treaty-answer 'hover (if (stringp contents) contents (lsp:markup-content-value contents))))
        ;; Rename, applied by lsp-mode
        (treaty-goto "第 十 二 条" 2)
        (lsp-rename "第十三条")
        (treaty-answer 'afterRename (buffer-substring-no-properties (point-min) (point-max)))
        ;; An edit typed in Emacs: the reference now names no article.
        (treaty-goto "本协议第十三条" 4)
        (let ((before treaty-published))
          (delete-char 2)
          (insert "二十")
          (treaty-wait (lambda () (and (> treaty-published before)
                                       (cl-some (lambda (d) (equal (alist-get 'code d) "ref.no-such-article")) (treaty-problems))))
                       "the diagnostic after the edit"))
        (treaty-answer 'afterEdit (treaty-problems))
        ;; Completion after a typed 第
        (end-of-line)
        (insert "\n依照本协议第")
        (let ((items (lsp-request "textDocument/completion" (lsp--text-document-position-params))))
          (treaty-answer 'completion (mapcar #'lsp:completion-item-label
                                             (if (vectorp items) items (lsp:completion-list-items items)))))
        (lsp-workspace-shutdown (car (lsp-workspaces)))))
  (error (treaty-answer 'error (error-message-string err))))

(with-temp-file (getenv "TREATY_OUT")
  (insert (json-encode treaty-answers)))
(kill-emacs 0)
