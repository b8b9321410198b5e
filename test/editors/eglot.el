;;; eglot.el --- A real Emacs with eglot drives the built server.  -*- lexical-binding: t -*-
;; emacs --batch -l eglot.el (site files load: Debian’s elpa-eglot); environment as for neovim.lua: TREATY_SERVER,
;; TREATY_FILE, TREATY_OUT.  Positions are made by eglot (columns → UTF-16 and back).

(require 'eglot)
(require 'json)
(load (expand-file-name "treaty-common.el" (file-name-directory (or load-file-name buffer-file-name))) nil t)

(defvar treaty-last nil "The diagnostics of the last publication, as (CODE . TEXT) by eglot's own ranges.")

(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest args)
              (when (eq method 'textDocument/publishDiagnostics)
                (let ((buffer (find-buffer-visiting (eglot--uri-to-path (plist-get args :uri)))))
                  (when buffer
                    (with-current-buffer buffer
                      (setq treaty-last
                            (cl-loop for d across (plist-get args :diagnostics)
                                     when (<= (plist-get d :severity) 2)
                                     collect (pcase-let ((`(,beg . ,end) (eglot--range-region (plist-get d :range))))
                                               (list (cons 'code (plist-get d :code))
                                                     (cons 'text (buffer-substring-no-properties beg end))))))
                      (setq treaty-published (1+ treaty-published))))))))

(defun treaty-request (method params)
  (eglot--signal-textDocument/didChange)
  (jsonrpc-request (eglot-current-server) method params))

(defun treaty-names (symbols)
  (cl-loop for s across symbols
           append (cons (plist-get s :name) (and (plist-get s :children) (treaty-names (plist-get s :children))))))

(condition-case err
    (catch 'treaty-done
     (let* ((server (getenv "TREATY_SERVER"))
           (file (getenv "TREATY_FILE"))
           (root (file-name-directory file)))
      (find-file file)
      (text-mode)
      (eglot '(text-mode) (cons 'transient root) 'eglot-lsp-server (list "node" server "--stdio") "markdown")
      (treaty-wait (lambda () (> treaty-published 0)) "diagnostics")
      (treaty-answer 'initialDiagnostics treaty-last)
      (treaty-answer 'symbols (treaty-names (treaty-request :textDocument/documentSymbol
                                                            (list :textDocument (eglot--TextDocumentIdentifier)))))
      ;; Definition of a reference (eglot's xref backend, as M-. does)
      (treaty-goto (or (getenv "TREATY_NEEDLE") "本协议第十二条") (string-to-number (or (getenv "TREATY_SHIFT") "4")))
      (let* ((defs (treaty-request :textDocument/definition (eglot--TextDocumentPositionParams)))
             (loc (if (vectorp defs) (aref defs 0) defs))
             (range (or (plist-get loc :targetSelectionRange) (plist-get loc :range))))
        (treaty-answer 'definition (pcase-let ((`(,beg . ,end) (eglot--range-region range)))
                                     (buffer-substring-no-properties beg end))))
      (when (equal (getenv "TREATY_MODE") "read") (throw 'treaty-done nil))
      ;; Rename, applied by eglot
      (treaty-goto "第 十 二 条" 2)
      (eglot--apply-workspace-edit (treaty-request :textDocument/rename
                                                   (append (eglot--TextDocumentPositionParams) (list :newName "第十三条"))))
      (treaty-answer 'afterRename (buffer-substring-no-properties (point-min) (point-max)))
      ;; An edit typed in Emacs: the reference now names no article.
      (treaty-goto "本协议第十三条" 4)
      (delete-char 2)
      (insert "二十")
      (let ((before treaty-published))
        (eglot--signal-textDocument/didChange)
        (treaty-wait (lambda () (and (> treaty-published before)
                                     (cl-some (lambda (d) (equal (alist-get 'code d) "ref.no-such-article")) treaty-last)))
                     "the diagnostic after the edit"))
      (treaty-answer 'afterEdit treaty-last)
      ;; Completion after a typed 第
      (end-of-line)
      (insert "\n依照本协议第")
      (let ((items (treaty-request :textDocument/completion (eglot--TextDocumentPositionParams))))
        (treaty-answer 'completion (mapcar (lambda (i) (plist-get i :label))
                                           (if (vectorp items) items (plist-get items :items)))))
      (eglot-shutdown (eglot-current-server))))
  (error (treaty-answer 'error (error-message-string err))))

(with-temp-file (getenv "TREATY_OUT")
  (insert (json-encode treaty-answers)))
(kill-emacs 0)
