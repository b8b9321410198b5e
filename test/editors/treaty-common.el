;;; treaty-common.el --- What the Emacs scripts (eglot.el, lsp-mode.el) share.  -*- lexical-binding: t -*-
;; Loaded by each from its own folder.

(defvar treaty-answers nil)
(defvar treaty-published 0)

(defun treaty-answer (key value) (push (cons key value) treaty-answers))

(defun treaty-wait (predicate what)
  (let ((until (+ (float-time) 60)))
    (while (and (not (funcall predicate)) (< (float-time) until))
      (accept-process-output nil 0.05))
    (unless (funcall predicate) (error "Timed out waiting for %s" what))))

(defun treaty-goto (needle shift)
  (goto-char (point-min))
  (search-forward needle)
  (goto-char (+ (match-beginning 0) shift)))

(provide 'treaty-common)
